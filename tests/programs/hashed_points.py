"""Objects with their own __hash__: hash(obj) as CPython computes it from what __hash__
returns (a tuple's full 64-bit hash kept as is, -1 made -2, a huge int reduced), and the
order a set or dict of such objects iterates in, which follows those hashes."""
from dataclasses import dataclass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x}, {self.y})"


class Weird:
    def __hash__(self):
        return -1


class Huge:
    def __hash__(self):
        return 2 ** 70 + 5


class Flag:
    def __init__(self, on):
        self.on = on

    def __hash__(self):
        return self.on


@dataclass(frozen=True)
class Key:
    name: str
    n: int


print(hash(Point(1, 2)) == hash((1, 2)), hash(Weird()), hash(Huge()), hash(Flag(True)))
print(hash(Key("a", 1)) == hash(Key("a", 1)), hash(Key("a", 1)) == hash(("a", 1)))
pts = {Point(x, y) for x in range(4) for y in range(3)}
print(pts)
print(len({Point(1, 2), Point(1, 2), Point(2, 1)}))
grid = {Point(5, 1): "a", Point(0, 0): "b", Point(2, 7): "c"}
print(list(grid), grid[Point(0, 0)])
print(sorted({Key("b", 2), Key("a", 1), Key("b", 2)}, key=lambda k: k.name))
