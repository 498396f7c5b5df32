"""itertools.islice: None bounds, steps, and taking no item past the last one it needs."""
from itertools import islice, count, pairwise
print(list(islice("abcdefg", 2, None)), list(islice("abcdefg", 2)), list(islice("abcdefg", 1, 5, 2)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, 3)), list(islice(range(10), 3, None, 4)))
it = iter([1, 2, 3, 4, 5, 6])
print(list(islice(it, 2)), next(it))
it2 = iter([1, 2, 3, 4, 5, 6, 7, 8])
print(list(islice(it2, 0)), next(it2), list(islice(it2, 1, 3)), next(it2), list(islice(it2, 5, 2)), next(it2, "end"))
print(list(islice(count(5), 4)), list(islice(count(), 2, 10, 3)))
def gen():
    for i in range(10):
        print("pull", i)
        yield i
g = gen()
print(list(islice(g, 2)))
print(list(pairwise(islice(iter("abcdef"), 4))))
for f in (lambda: islice("abc", -1), lambda: islice("abc", -2), lambda: islice("abc", 1, -1), lambda: islice("abc", 1, -2), lambda: islice("abc", -1, 5), lambda: islice("abc", 0, 5, 0)):
    try:
        f()
    except ValueError as e:
        print(e)
