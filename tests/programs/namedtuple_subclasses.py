"""Classes built on named tuples: an inline `namedtuple(...)` base with methods, a subclass of
a named tuple, `_replace` keeping the subclass, the tuple methods, and fields whose names
are also tuple or dict method names."""
import collections
from collections import namedtuple
from typing import NamedTuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"

    def moved(self, dx, dy):
        return self._replace(x=self.x + dx, y=self.y + dy)


class Money(collections.namedtuple("Money", ["amount", "currency"], defaults=["EUR"])):
    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} to {other.currency}")
        return Money(self.amount + other.amount, self.currency)


VersionBase = namedtuple("VersionBase", "major minor patch")


class Version(VersionBase):
    def bump(self, part):
        if part == "major":
            return self._replace(major=self.major + 1, minor=0, patch=0)
        if part == "minor":
            return self._replace(minor=self.minor + 1, patch=0)
        return self._replace(patch=self.patch + 1)

    def __str__(self):
        return ".".join(str(p) for p in self)


p = Point(3, 4)
print(p, repr(p), p.norm, p.moved(1, 1), repr(p.moved(-3, 0)))
x, y = p
print(x, y, p[0], len(p), p == (3, 4), p._asdict())
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

total = Money(5) + Money(7)
print(total, total.currency, Money(1, "USD"))
try:
    Money(1) + Money(2, "USD")
except ValueError as e:
    print("ValueError:", e)

v = Version(1, 4, 2)
print(v, v.bump("minor"), v.bump("major"), repr(v.bump("patch")))
base = VersionBase(0, 1, 0)
print(base._replace(minor=2), type(base._replace(minor=2)).__name__)
print(type(v.bump("patch")).__name__, isinstance(v.bump("patch"), VersionBase))

# The tuple's own methods, and fields named like methods.
print(v.count(1), v.index(4), Version(2, 2, 7).count(2))
try:
    v.index(9)
except ValueError as e:
    print("ValueError:", e)
Entry = namedtuple("Entry", "word count index")
e = Entry("spam", 3, 7)
print(e.count + 1, e.index * 2, e)


class State(NamedTuple):
    cost: int
    keys: frozenset
    items: tuple


s = State(5, frozenset("ab"), (1, 2))
print(sorted(s.keys), s.items, s.count(5))
