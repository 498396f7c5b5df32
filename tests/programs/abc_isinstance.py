from collections.abc import Iterable, Iterator, Mapping, Sequence, Sized, Hashable, Callable, MutableMapping, Set
import collections.abc
import collections
import typing
from collections import deque, Counter, OrderedDict


def flatten(items: Iterable) -> Iterator[int]:
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x


class Bag:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __iter__(self):
        return iter(self.xs)

    def __len__(self):
        return len(self.xs)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x


def describe(value):
    kinds = []
    if isinstance(value, Mapping):
        kinds.append("mapping")
    if isinstance(value, Sequence):
        kinds.append("sequence")
    if isinstance(value, Sized):
        kinds.append("sized")
    if isinstance(value, Hashable):
        kinds.append("hashable")
    if isinstance(value, collections.abc.Iterator):
        kinds.append("iterator")
    if isinstance(value, Callable):
        kinds.append("callable")
    return ", ".join(kinds) or "-"


print(list(flatten([1, [2, 3], (4, [5, "ab"]), "cd"])))
for v in [1, 2.5, "s", [1], (1,), {1: 2}, {1}, frozenset({2}), range(3), None, Bag(1, 2),
          Countdown(2), Point(1), deque([1]), Counter("ab"), lambda x: x, {}.keys()]:
    print(type(v).__name__, "->", describe(v))
print(isinstance({}, typing.Mapping), isinstance([], typing.List), isinstance(set(), typing.Set),
      isinstance(frozenset(), typing.Set), isinstance(frozenset(), typing.AbstractSet))
print(isinstance({}.keys(), Set), isinstance({}.values(), Set), isinstance({}, MutableMapping))
print(isinstance(iter([1]), Iterator), isinstance((x for x in "a"), collections.abc.Generator))
mixed = [1, "two", [3], {"four": 4}, (5,)]
print([isinstance(m, Iterable) for m in mixed], [isinstance(m, Sequence) for m in mixed])
