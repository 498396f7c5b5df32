# max and min passed as function values: over one iterable (map) and of two values
# (reduce, accumulate, a helper that applies a function to two arguments).

from functools import reduce
from itertools import accumulate
def apply(f, a, b):
    return f(a, b)
rows = [[3, 1], [7, 2], [0, 9]]
print(apply(max, 3, 4), apply(min, 3.5, 2.5), list(map(max, rows)), list(map(min, rows)))
print(reduce(max, [4, 8, 1]), list(accumulate([3, 1, 4, 1, 5], max)), sorted(rows, key=max))
