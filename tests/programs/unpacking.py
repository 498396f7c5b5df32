pairs = [("a", (1, 2.5)), ("b", (3, 4.5))]
for i, (name, (n, x)) in enumerate(pairs):
    print(i, name, n, x)
for name, (n, x) in pairs:
    print(name, n * 2, x)
for (k, v), w in zip([(1, "one"), (2, "two")], ["x", "y"]):
    print(k, v, w)
grid = [[1, 2], [3, 4]]
for r, (a, b) in enumerate(grid, 1):
    print(r, a + b)
(p, q), r = (1, 2), 3
print(p, q, r)
d = {"x": (1, 2), "y": (3, 4)}
for key, (lo, hi) in d.items():
    print(key, hi - lo)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "a b c".split()
print(init, last)
head, *mid, tail = [10, 20, 30, 40, 50]
print(head, mid, tail)
a2, *b2 = 7, 8, 9
print(a2, b2)
x2, *y2 = [5]
print(x2, y2)
for f, *others in [[1, 2, 3], [4, 5]]:
    print(f, others)
p2, *q2 = []
