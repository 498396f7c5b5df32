"""Lambdas and generator expressions inside comprehensions using the comprehension's own
loop variables (any() per item, late-binding lambdas, default-argument lambdas, nested grids)."""
print([any(i > k for i in range(3)) for k in range(3)])
rs = [[1, 5], [4, 2], [0, 0]]
print(sum(any(r[i] > 3 for i in range(2)) for r in rs))


def f():
    fs = [lambda: i for i in range(3)]
    gs = [lambda x, i=i: x * i for i in range(4)]
    return [g() for g in fs], [g(10) for g in gs]


print(f())
grid = ["#..", ".#.", "..#"]
print([[sum(1 for dx in (-1, 0, 1) if 0 <= x + dx < 3 and grid[y][x + dx] == "#") for x in range(3)] for y in range(3)])
pairs = {(a, b): [c for c in "xyz" if any(c == ch for ch in a + b)] for a, b in [("x", "q"), ("y", "z")]}
print(pairs)
print({k: max(v, key=lambda t: abs(t - k)) for k, v in [(0, [1, -5, 3]), (10, [2, 30])]})

# Names read inside a comprehension's clauses by a lambda or generator expression made at
# module level keep one variable (a later assignment is what they see).
x = 1
late = lambda: [y for y in range(3) if y > x]
x = 0
print(late())
print([[v for v in range(3) if (lambda: v > t)()] for t in range(2)])
