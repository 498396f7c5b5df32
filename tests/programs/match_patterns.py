"""The match statement: value, capture, wildcard, sequence, star, mapping, class (positional
through __match_args__ of dataclasses, named tuples and explicit tuples; keyword), or and as
patterns, guards."""
from dataclasses import dataclass
from collections import namedtuple
from typing import NamedTuple


@dataclass
class Point:
    x: int
    y: int


class Shape:
    pass


class Circle(Shape):
    __match_args__ = ("radius",)

    def __init__(self, radius):
        self.radius = radius


class Rect(Shape):
    __match_args__ = ("w", "h")

    def __init__(self, w, h):
        self.w = w
        self.h = h


Pair = namedtuple("Pair", "left right")


def describe_point(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"somewhere else: {p}"


def area(s):
    match s:
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return float(w * w)
        case Rect(w=w, h=h):
            return float(w * h)
    return 0.0


def command(line):
    match line.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["say", *words] if words:
            return "said: " + " ".join(words)
        case ["say", *_]:
            return "said nothing"
        case [first, *middle, last]:
            return f"{first}..{len(middle)}..{last}"
        case _:
            return "?"


def classify(n):
    match n:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(k) if k < 0:
            return "negative"
        case _:
            return "big"


def event(e):
    match e:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} with {sorted(rest)}"
        case {"type": t}:
            return f"unknown event {t}"
        case _:
            return "not an event"


def pairs(v):
    match v:
        case (a, b):
            return f"pair {a} {b}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case _:
            return "other"


def nested(tree):
    match tree:
        case Pair(Pair(a, b), c):
            return f"left-nested {a} {b} {c}"
        case Pair(a, Pair(b, c)):
            return f"right-nested {a} {b} {c}"
        case Pair(a, b):
            return f"flat {a} {b}"


def flags(x):
    match x:
        case True:
            return "true"
        case False:
            return "false"
        case None:
            return "none"
        case _:
            return "other"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2)]:
    print(describe_point(p))
for s in [Circle(1.5), Rect(2, 2), Rect(2, 5)]:
    print(area(s))
for line in ["", "quit", "exit", "go north", "go up", "say hello world", "say", "a b c d", "x"]:
    print(repr(line), "->", command(line))
for n in [0, 2, -5, 99]:
    print(n, classify(n))
events = [
    {"type": "click", "x": 1, "y": 2},
    {"type": "key", "key": "a", "shift": True, "alt": False},
    {"type": "scroll"},
    {"kind": "click"},
]
for e in events:
    print(event(e))
print(pairs((1, 2)))
print(pairs((1, 2, 3)))
print(pairs([4, 5]))
print(pairs([1]))
print(nested(Pair(Pair(1, 2), 3)))
print(nested(Pair(1, Pair(2, 3))))
print(nested(Pair(1, 2)))
print(flags(True), flags(False), flags(None), flags(1), flags(0))


class Span(NamedTuple):
    start: int
    end: int


def unpack(v):
    match v:
        case (x, y):
            return f"two {x} {y}"
        case [x]:
            return f"one {x}"
    return "no"


print(unpack(Pair(1, 2)), unpack(Span(3, 4)), unpack((5, 6)), unpack([7]), unpack("ab"))
