"""Attribute stores an instance's class refuses, decided by the class the instance has when
the store runs: `__slots__` (on every class of the chain) admit only their names, a frozen
dataclass refuses every attribute of its own instances and the fields of a plain subclass's;
`super().__init__()` that reaches `object.__init__` does nothing."""
from dataclasses import FrozenInstanceError, dataclass


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        super().__init__()
        self.x = x
        self.y = y


class Vec3(Vec):
    __slots__ = ["z"]

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Loose(Vec):
    def __init__(self):
        super().__init__(0, 0)
        self.tag = "free"


@dataclass(frozen=True)
class Point:
    x: int
    y: int


class Labelled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


v = Vec(3, 4)
v.x = 5
w = Vec3(1, 2, 3)
w.z += 1
print(v.x, v.y, w.x, w.z, Loose().tag)
for obj in (v, w, Loose()):
    try:
        obj.z = 9
        print("set z", obj.z)
    except AttributeError as e:
        print("AttributeError:", e)
for p in (Point(1, 2), Labelled(3, 4, "home")):
    for attempt in ("label", "x"):
        try:
            if attempt == "label":
                p.label = "work"
            else:
                p.x = 0
            print("stored", attempt)
        except FrozenInstanceError as e:
            print(type(p).__name__, e)
v.colour = "red"
