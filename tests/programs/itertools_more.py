"""itertools: zip_longest (two iterables, with fillvalue), starmap, compress."""
from itertools import zip_longest, starmap, compress
names = ["ann", "bob", "cy"]
scores = [90, 85]
for n, s in zip_longest(names, scores):
    print(n, s)
print(list(zip_longest("ab", "wxyz", fillvalue="-")))
print(list(starmap(lambda a, b: a ** b, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: a * b, zip([1, 2, 3], [4, 5, 6]))))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(6), [x % 2 == 0 for x in range(6)])))
