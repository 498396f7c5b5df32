"""min/max used as values (one iterable or several values), and sets of run-time type ordered by inclusion."""
fs = {"min": min, "max": max}
print(fs["min"](4, 2, 8), fs["max"]([3, 9, 1]), fs["max"](1, 2))
from functools import reduce
print(reduce(max, [3, 7, 2]), list(map(min, [[3, 1], [5, 4]])))
f = max
print(f(1, 9, 3), f("abc"))
st = [{4, 5}, 1][0]
print(st <= {4, 5, 6}, st < {4, 5}, st >= {4}, st > {4, 5}, {4} < st)
fz = [frozenset({1}), 0][0]
print(fz <= {1, 2}, fz == {1})
