"""max() and min() of two or more instances compare them, even when their class is iterable
(named tuples, a class with __iter__); of one such instance they iterate it."""
from collections import namedtuple

Score = namedtuple("Score", "points name")
print(max(Score(10, "ann"), Score(12, "bob")), min(Score(5, "x"), Score(5, "a"), Score(9, "c")))
print(max([Score(1, "z"), Score(1, "y")]))


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __lt__(self, other):
        return len(self.items) < len(other.items)

    def __iter__(self):
        return iter(self.items)

    def __repr__(self):
        return f"Bag{tuple(self.items)}"


small, big = Bag(4, 1), Bag(2, 3, 9)
print(max(small, big), min(small, big), max(big), min(small), sorted(big, reverse=True))
