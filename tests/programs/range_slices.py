"""Slicing ranges kept as values: each slice is a range with CPython's bounds (its repr, its
length, its items, membership and index), including reversed and empty ones."""


r = range(0, 20, 3)
print(r[1:5], r[::-1], r[0:7:3], r[5:1], r[-2:], r[::2][::-1])
print(type(r[1:5]).__name__, list(r[1:5]), len(r[2:]), sum(r[::2]))
print(range(10)[::-2], range(10, 0, -3)[1:], range(5)[10:20], range(-5, 5)[-3:-1])
s = range(100)[10:90:7]
print(s, s[2], s[-1], 24 in s, 25 in s, s.index(31) if 31 in s else None)
for x in range(3, 30, 4)[::3]:
    print(x, end=" ")
print()
try:
    print(range(10)[::0])
except ValueError as e:
    print("ValueError:", e)
r = range(3)
try:
    r.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    print(r[5])
except IndexError as e:
    print("IndexError:", e)
print(r[-1], r.index(2), range(4, 40, 4)[2:][-1])
