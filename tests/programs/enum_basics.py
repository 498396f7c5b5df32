"""Enums as programs use them: members by name and value, auto(), aliases, iteration,
lookups with their errors, methods and classmethods, match, IntEnum arithmetic and indexing."""
from enum import Enum, IntEnum, auto
from typing import Optional


class Color(Enum):
    """Paint colors."""
    RED = 1
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.RED == Color.GREEN)
print(list(Color), len(Color))
for c in Color:
    print(c.describe())
print([c.name for c in Color])
print(Color.parse("green"))
print(f"{Color.RED}", f"{Color.RED:>12}|", str(Color.GREEN))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
print(Color.__members__)
print(Priority.HIGH, repr(Priority.LOW), Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), Priority.HIGH + 1)
print(Priority(5), f"{Priority.MEDIUM:03d}", int(Priority.HIGH))
tasks = {"write": Priority.HIGH, "read": Priority.LOW}
for t, p in sorted(tasks.items(), key=lambda kv: kv[1]):
    print(t, p.name, p)
counts = {c: 0 for c in Color}
counts[Color.RED] += 3
print(counts)
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)


def paint(color):
    match color:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "wait"


print([paint(c) for c in Color])


class Level(IntEnum):
    DEBUG = 0
    INFO = 1
    ERROR = 2


class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = 4


class Node:
    def __init__(self, level: Optional[Level] = None):
        self.level = level


names = ["debug", "info", "error"]
print(names[Level.INFO])
for i, lv in enumerate(Level):
    print(i, lv, lv.name)
for lv, n in zip(Level, names):
    print(lv.name, n)
print(Shape.CIRCLE.value, Shape.SQUARE.value, [s.value for s in Shape])
n = Node()
print(n.level)
n.level = Level.ERROR
print(n.level, n.level >= Level.INFO)


def threshold(lv: Level) -> bool:
    return lv >= Level.INFO


print([threshold(x) for x in Level])
print(Level(2) is Level.ERROR, list(reversed(Level)))
print(Level.ERROR * 3)

# An enum class passed to a call is iterated by it.
from itertools import cycle, product, combinations


class Hand(Enum):
    ROCK = 0
    PAPER = 1
    SCISSORS = 2


moves = cycle(Hand)
print(next(moves), next(moves), next(moves), next(moves))
print(len(list(product(Hand, repeat=2))), list(combinations(Hand, 2))[:2])
print(dict.fromkeys(Hand, 0), isinstance(Hand.ROCK, Hand))


def names_of(kind):
    return [m.name for m in kind]


print(names_of(Hand), names_of(Level))
