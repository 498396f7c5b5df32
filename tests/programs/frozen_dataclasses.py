"""Frozen dataclasses and named tuples refuse assignment as CPython's do: a field of a
`@dataclass(frozen=True)` raises `dataclasses.FrozenInstanceError` (an AttributeError), a
named tuple's field `AttributeError: can't set attribute`; `__post_init__` sets derived
fields with `object.__setattr__`, and a plain subclass keeps its own attributes."""
import dataclasses
from collections import namedtuple
from dataclasses import FrozenInstanceError, dataclass, field


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


@dataclass(frozen=True)
class Circle:
    center: Point
    radius: float
    tags: list = field(default_factory=list)
    area: float = 0.0

    def __post_init__(self):
        object.__setattr__(self, "area", round(3.14159 * self.radius ** 2, 3))


@dataclass(frozen=True)
class Point3(Point):
    z: int = 0


class Labelled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


Pair = namedtuple("Pair", "left right")

p = Point(1, 2)
q = p.moved(3, 4)
print(p, q, p == Point(1, 2), hash(p) == hash(Point(1, 2)))
try:
    p.x = 10
except FrozenInstanceError as e:
    print("frozen:", e, isinstance(e, AttributeError))
print(p)
try:
    q.y += 1
except AttributeError as e:
    print(type(e).__name__, e)

c = Circle(p, 2.0)
print(c.area, c.tags, c)
try:
    c.radius = 3.0
except dataclasses.FrozenInstanceError as e:
    print("circle:", e)
c.tags.append("red")
print(c.tags)

p3 = Point3(1, 2, 3)
for name in ("x", "z"):
    try:
        if name == "x":
            p3.x = 5
        else:
            p3.z = 5
    except FrozenInstanceError as e:
        print("point3:", e)

lab = Labelled(7, 8, "home")
lab.label = "work"
print(lab.label, lab.x)
try:
    lab.x = 0
except FrozenInstanceError as e:
    print("labelled:", e)

pair = Pair(1, 2)
try:
    pair.left = 5
except AttributeError as e:
    print("pair:", e)
print(pair, pair._replace(left=9))

points = {Point(i % 3, i % 2) for i in range(10)}
print(sorted((pt.x, pt.y) for pt in points))
try:
    raise FrozenInstanceError("custom message")
except AttributeError as e:
    print(repr(e), type(e), type(e).__name__, str(e))
p.y = 99
