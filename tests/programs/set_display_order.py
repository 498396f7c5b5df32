"""The order a set display's items come out in (printing it, popping from it) depends on how
CPython built it: a display of three or more constants is folded into a frozenset at compile
time — also when the constants are written as arithmetic (`12 - -3`, `2 ** 4`, `"x" * 3`) —
and copied in that frozenset's order; any other display adds its items left to right."""

a = {3, (12 - -3), 11}
print(a, a.pop())
b = {2 ** 4, 3, 2 ** 3 + 3, -(-5)}
print(b, b.pop())
c = {"x" * 3, "a" + "b", "q", "c" * 2}
print(len(c), sorted(c))
d = {1 << 4, 7 // 2, -7 % 4, 3, 40 - 20, ~5 + 30}
print(d, d.pop(), d.pop())
e = {7, 9, 2 ** 70 % 11, 23}
print(e, e.pop())
n = 12
f = {3, n - -3, 11}
print(f, f.pop())
g = {3, 15, 11}
print(g, g.pop())
weekend = {6 - 1, 7 - 1, 0}
print(sorted(weekend), 5 in weekend, weekend.pop())
