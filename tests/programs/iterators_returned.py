# Functions that return lazy iterators built from their own variables: zip, map, filter,
# enumerate and reversed objects outlive the call that made them.
from itertools import tee


def pairwise(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, b)


def neighbours(xs):
    return zip(xs, xs[1:])


def scaled(values, factor):
    return map(lambda v: v * factor, values)


def numbered(lines, first):
    return enumerate(lines, start=first)


def multiples(values, k):
    return filter(lambda v: v % k == 0, values)


def countdown(n):
    return reversed(range(n))


def columns(matrix):
    return zip(*matrix)


def snapshot(items):
    # zip takes iter(items) when it is called: rebinding the name later changes nothing.
    z = zip(items, range(len(items)))
    items = ["replaced"]
    return list(z), items


def deltas(readings):
    return [b - a for a, b in pairwise(readings)]


temps = [12, 15, 11, 18, 20]
print(deltas(temps))
print(list(neighbours("abcd")))
print(sum(scaled(temps, 2)), list(scaled([1.5, 2.5], 2)))
for n, line in numbered(["alpha", "beta", "gamma"], 1):
    print(f"{n:>2}: {line}")
print(list(multiples(range(20), 6)), list(countdown(5)))
print([sum(col) for col in columns([[1, 2, 3], [4, 5, 6]])])
print(snapshot(["x", "y"]))

lazy = scaled([1, 2, 3], 10)
print(next(lazy), list(lazy), list(lazy))
pairs = neighbours([1, 2])
print(next(pairs))
print(next(pairs))
