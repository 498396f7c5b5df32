"""itertools.filterfalse and itertools.tee: splitting records, pairing neighbours."""
import itertools
from itertools import filterfalse, tee

readings = [12, -3, 7, 0, -8, 15, 4]
valid = list(filter(lambda r: r > 0, readings))
rejected = list(filterfalse(lambda r: r > 0, readings))
print(valid, rejected)
print(list(filterfalse(None, [0, 1, "", "a", [], [2], None])))
words = "apple Banana cherry Date elder".split()
print(list(itertools.filterfalse(str.islower, words)))


def pairwise_diffs(xs):
    a, b = tee(xs)
    next(b, None)
    return [y - x for x, y in zip(a, b)]


print(pairwise_diffs([1, 4, 9, 16, 25]))
print(pairwise_diffs(r * r for r in range(5)))

first, second, third = tee((w.upper() for w in words), 3)
print(next(first), next(first))
print(list(second))
print(list(first), len(list(third)))
