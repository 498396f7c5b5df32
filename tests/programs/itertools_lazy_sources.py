"""itertools over infinite and noisy sources: accumulate, pairwise, zip_longest and tee read
an item only when it is needed, as CPython's."""
import itertools
from itertools import accumulate, pairwise, zip_longest, tee, islice
import operator

def nat():
    n = 0
    while True:
        yield n
        n += 1

def noisy(xs):
    for x in xs:
        print("produce", x)
        yield x

print(list(islice(accumulate(nat()), 5)))
print(list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=10)))
print(list(accumulate([], initial=10)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(next(pairwise(nat())))
print(list(pairwise("abcd")), list(pairwise([1])))
print(next(zip_longest("ab", nat())))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(zip_longest([1, 2], [3, 4, 5])))
a, b = tee(nat())
print(next(a), next(b), next(a), next(a), next(b))
c, d = tee(noisy([1, 2, 3]))
print("first", next(c))
print("rest", list(d), list(c))
for x in accumulate(noisy([5, 6])):
    print("got", x)
