"""Named tuples are tuples: equal to and ordered with plain tuples of their items, either way
round; a class whose __eq__/__lt__ accepts tuples answers comparisons from the right too."""
from collections import deque, namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")


class Card(NamedTuple):
    rank: int
    suit: str = "spades"


def neighbours(p):
    for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
        yield Point(p.x + dx, p.y + dy)


def walk(walls, goal):
    start = Point(0, 0)
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        p, steps = queue.popleft()
        if p == goal:
            return steps
        for q in neighbours(p):
            if (q.x, q.y) in walls or q in seen or not (0 <= q.x < 5 and 0 <= q.y < 5):
                continue
            seen.add(q)
            queue.append((q, steps + 1))
    return -1


print(walk({(1, 0), (1, 1), (1, 2), (3, 4), (3, 3)}, (4, 4)))
p = Point(1, 2)
print(p == (1, 2), p != (1, 2), (1, 2) == p, (1, 2) != p, p == Point(1, 2), p == Point(2, 1))
print(p < (1, 3), (1, 3) > p, p <= (1, 2), (0, 5) < p, p >= (1, 2), (2, 0) <= p)
print(sorted([Point(2, 1), Point(1, 5), Point(1, -1)]), max([Point(1, 2), Point(1, 3)]))
c = Card(3)
print(c == (3, "spades"), (3, "spades") == c, c < (3, "zz"), c, hash(c) == hash((3, "spades")))
print(Card(2, "hearts") > (2, "clubs"), [c] == [Card(3)], Point(1, 2) == None)


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self.parts == other
        return NotImplemented

    def __lt__(self, other):
        return self.parts < other

    def __gt__(self, other):
        return self.parts > other


v = Version(3, 11, 7)
print((3, 11, 7) == v, (3, 11, 7) != v, (3, 12) > v, (3, 10) < v, (3, 11, 7) == Version(1))
