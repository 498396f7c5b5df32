# printf-style `*` width and precision taken from the arguments (a negative width left-aligns),
# as report code lays out columns, with CPython's errors for a non-int or a missing one.

rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
w = max(len(r[0]) for r in rows)
for name, n, price in rows:
    print("%-*s|%*d|%.*f|%*.*f|" % (w, name, 5, n, 3, price, 9, 2, price))
print("%*d|%-*d|" % (-6, 42, 4, 7))
try:
    print("%*d" % ("x", 5))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%*d" % (5,))
except TypeError as e:
    print("TypeError:", e)
t = "%*s"
print(t % (8, "right"))
