"""itertools.accumulate with initial=, Counter from keyword counts and Counter.pop, reversed()
of a deque."""
from collections import Counter, deque
from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([1, 2, 3])), list(accumulate([], initial=5)), list(accumulate([2, 3, 4], operator.mul, initial=1)))
print(Counter(a=3, b=1), Counter("abca"), Counter())
c = Counter(["x", "y", "x"])
print(c.most_common(1), c["x"])
d = deque([1, 2, 3])
d.appendleft(0)
d.popleft()
print(list(reversed(d)), list(reversed(deque())))
for x in reversed(deque("abc")):
    print(x, end=" ")
print()
c = Counter("aabJJ")
print(c.pop("J"), c)
print(c.pop("z", 0), c.pop("a"))
del c["b"]
del c["nothing"]
print(c, len(c))
try:
    c.pop("q")
except KeyError as e:
    print("KeyError", e)
