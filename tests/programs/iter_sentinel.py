"""iter(function, sentinel): reading records until an end marker, polling a counter, draining a
stack, with lambdas, bound methods and functools.partial."""
import random
from functools import partial

stack = [1, 2, 0, 3, 4]
print(list(iter(lambda: stack.pop(), 0)))
print(stack)

it = iter([5, 6, -1, 7])
for v in iter(lambda: next(it), -1):
    print("got", v)

random.seed(3)
rolls = list(iter(partial(random.randint, 1, 6), 6))
print(all(1 <= r <= 5 for r in rolls))


class Ticker:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        return self.n


t = Ticker()
print(sum(iter(t.tick, 10)), t.n)

RECORDS = ["alpha", "beta", "", "gamma"]
pos = 0


def read_line():
    global pos
    pos += 1
    return RECORDS[pos - 1]


for line in iter(read_line, ""):
    print(line.upper())
print("stopped at", pos)
print([x * 2 for x in iter(Ticker().tick, 4)])
source = iter(["ab", "cd", "END", "ef"])
chunks = iter(partial(lambda it: next(it), source), "END")
print("".join(chunks))

# A StopIteration from the function ends the iteration too (the sentinel never came).
numbers = iter([4, 5])
print([v for v in iter(lambda: next(numbers), 0)])
# A bound method of a builtin type as the function.
pending = [3, 2, 1, 0, 9]
print(list(iter(pending.pop, 1)), pending)
