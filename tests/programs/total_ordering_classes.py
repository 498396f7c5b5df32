"""`@functools.total_ordering`: a class that defines `__eq__` and one ordering gets the other
three, as CPython's decorator makes them (from `__lt__`, `__le__`, `__gt__` or `__ge__`);
sorting, `min`/`max` and every comparison operator then work."""
import functools
from dataclasses import dataclass
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)


@functools.total_ordering
class Card:
    ORDER = "23456789TJQKA"

    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return self.rank == other.rank

    def __ge__(self, other):
        return Card.ORDER.index(self.rank) >= Card.ORDER.index(other.rank)


@total_ordering
@dataclass
class Task:
    priority: int
    name: str

    def __gt__(self, other):
        return self.priority > other.priority


vs = [Version("1.10.0"), Version("1.2"), Version("1.2.0"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a >= Version("1.2"))
cards = [Card(r) for r in "K2TA9"]
print([c.rank for c in sorted(cards)], max(cards).rank)
k, q = Card("K"), Card("Q")
print(k > q, k < q, k <= q, k >= k, q <= k)
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test")]
print(sorted(tasks), Task(1, "x") < Task(2, "y"), Task(2, "x") >= Task(2, "y"))
print(Task(2, "x") <= Task(2, "y"), Task(2, "x") == Task(2, "y"))
