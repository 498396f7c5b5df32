"""Type aliases at the top level (annotations natrix does not read)."""
import typing
from typing import Dict, List, Optional, Tuple, Union


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


Shape = Union[Circle, Square]
Point = Tuple[int, int]
Grid = List[List[int]]
Registry = Dict[str, Optional[Shape]]
MaybeShape = typing.Optional[Circle]
Cell = tuple[int, int]
Board = dict[Cell, list[str]]
Number = int | float
Label = str | None


def total_area(shapes: List[Shape]) -> int:
    return sum(s.area() for s in shapes)


def neighbours(p: Point) -> List[Point]:
    x, y = p
    return [(x + 1, y), (x, y + 1)]


def make_grid(n: int) -> Grid:
    return [[i * n + j for j in range(n)] for i in range(n)]


registry: Registry = {"c": Circle(2), "none": None}
print(total_area([Circle(1), Square(3)]), neighbours((0, 0)), make_grid(2))
print(sorted(k for k, v in registry.items() if v is not None))


def adjacent(c: Cell, board: Board) -> list[Cell]:
    x, y = c
    return [(x + dx, y) for dx in (-1, 1) if (x + dx, y) in board]


def scale(v: Number, label: Label = None) -> str:
    return f"{label or 'value'}: {v * 2}"


print(adjacent((1, 0), {(0, 0): ["a"], (2, 0): [], (1, 1): ["b"]}), scale(2.5), scale(3, "n"))
