"""chain() of a generator and other iterables (a value of run-time type) takes the
generator's values only as the loop needs them, endless ones too; a Counter equals a dict as
dicts do, and a deque never equals a list."""
from itertools import chain, count, islice, cycle
from collections import Counter, deque
def gen():
    print("gen starts")
    yield 1
    print("gen middle")
    yield 2
c = chain(gen(), [3])
print("made")
print(next(c))
print(list(c))
print(list(islice(chain(count(), "ab"), 3)))
for x in chain(gen(), "xy"):
    print("got", x)
    if x == 1:
        break
print(Counter("ab") == {"a": 1, "b": 1}, Counter("ab") == {"a": 1}, deque([1]) == [1], deque([1]) == deque([1]))
mixed = [gen(), [5, 6], "q"]
for m in mixed:
    for v in m:
        print(v)
