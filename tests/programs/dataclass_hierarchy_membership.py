"""Dataclasses of one hierarchy in one list, set or dict: their generated `__eq__` tells the
classes apart (`Bug(1) != Feature(1)` although both derive from `Ticket` with the same
fields), in `in`, `index`, `remove`, `count` and hashing, as CPython's does."""
from dataclasses import dataclass, field
from typing import List


@dataclass
class Ticket:
    id: int = 0


@dataclass
class Bug(Ticket):
    steps: List[str] = field(default_factory=list)


@dataclass
class Feature(Ticket):
    votes: int = 0


@dataclass(frozen=True)
class Point:
    x: int = 0


@dataclass(frozen=True)
class Pixel(Point):
    pass


@dataclass(frozen=True)
class Voxel(Point):
    pass


board: List[Ticket] = [Bug(1), Feature(1), Bug(2, ["open app"]), Feature(2, 10)]
print(Feature(1) in board, board.index(Feature(1)), board.index(Bug(2, ["open app"])))
print(board.count(Bug(1)), Feature(3) in board, Ticket(1) in board)
board.remove(Feature(1))
print(board)
t: Ticket = board[1]
print(t in board, board.index(t), t == Bug(2, ["open app"]), t == Feature(2))

points = {Pixel(1): "pixel", Voxel(1): "voxel"}
print(len(points), points[Voxel(1)], Pixel(2) in points, len({Pixel(0), Voxel(0), Pixel(0)}))
print(sorted(points.values()), Pixel(1) == Voxel(1), Pixel(1) == Pixel(1))
