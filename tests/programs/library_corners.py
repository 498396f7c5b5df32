"""Library corners: sum() of a mixed list calling __radd__/__add__, reflection never between
two instances of one class, reduce() with an explicit None start, ordering deques,
heapq.merge taking items lazily in CPython's order (also endless inputs), random.choices
with cum_weights and random.sample with counts."""
from functools import reduce
from collections import deque
import heapq, random
from itertools import count, islice
class M:
    def __init__(self, c): self.c = c
    def __radd__(self, o): return o + self.c
    def __add__(self, o): return self.c + o
print(sum([M(1), 2, 3]), sum([2, M(5)]), sum(x for x in [M(1), 4]))
class R:
    def __radd__(self, o): return "radd"
try:
    print(R() + R())
except TypeError as e:
    print("TypeError:", e)
print(1 + R())
print(reduce(lambda a, b: a, [], None), reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a + b, [1, 2], 10))
print(deque([1]) < deque([2]), deque([1, 2]) >= deque([1]), deque("ab") > deque("b"))
print(list(heapq.merge([3, 1], [2])), list(heapq.merge(["apple", "fig"], ["kiwi"], key=len)))
print(list(islice(heapq.merge(count(0, 2), count(1, 2)), 6)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()))
random.seed(1)
print(random.choices("ab", cum_weights=[1, 2], k=3), random.sample(["r", "b"], counts=[2, 1], k=2))
print(random.choices([1, 2, 3], k=4), random.choices("xyz", weights=[1, 5, 2], k=5))
