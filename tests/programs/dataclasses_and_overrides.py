from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(order=True)
class Version:
    major: int
    minor: int
    label: str = ""


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int


@dataclass
class Point3(Point):
    z: int = 0


p = Point(3, -4)
q = Point(3)
print(p, q, p.norm1(), p == Point(3, -4), p == q)
vs = [Version(1, 2), Version(1, 0, "beta"), Version(0, 9)]
print(sorted(vs))
print(max(vs), Version(1, 2) < Version(1, 10), Version(2, 0) >= Version(2, 0))
palette = {Color(255, 0, 0): "red", Color(0, 0, 255): "blue"}
print(palette[Color(0, 0, 255)], Color(1, 2, 3))
print(Point3(1, 2, 3), Point3(1) == Point3(1, 0, 0))
q.y = 7
print(q, repr(q))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __len__(self):
        return 1

    def __str__(self):
        return f"${self.cents / 100:.2f}"


class Euro(Money):
    def __add__(self, other):
        return Euro(self.cents + other.cents + 1)

    def __len__(self):
        return 2

    def __str__(self):
        return f"EUR {self.cents / 100:.2f}"


wallet = [Money(150), Euro(200), Money(5)]
total = Money(0)
for m in wallet:
    total = m + total
    print(m, len(m), m + Money(1))
print(total)

@dataclass
class Rect:
    w: float
    h: float

    def __post_init__(self):
        self.area = self.w * self.h


r = Rect(2.0, 3.5)
print(r, r.area)
