"""Unpacking sets: the one common item of two sets, two members, the badge idiom with
intersection(*rest), a wrong count (ValueError), singleton sets as loop targets."""
a, b = "abc", "cd"
(common,) = set(a) & set(b)
print(common)
x, y = {5, 5, 7}
print(sorted([x, y]))
groups = ["abcx", "dbx", "xq"]
(badge,) = set(groups[0]).intersection(*groups[1:])
print(badge)
try:
    p, q = {1, 2, 3}
except ValueError as e:
    print("ValueError:", e)
for (only,) in [{1}, {2}]:
    print(only)
