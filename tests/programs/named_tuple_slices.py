# Named tuples sliced with constant bounds and star-unpacked: the tuple of the fields chosen.
from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "a b c")


class Slot(NamedTuple):
    day: str
    start: int
    end: int
    room: str


p = P(1, 2, 3)
a, *rest = p
print(rest, p[1:], p[:2], p[::-1], p[::2])
slot = Slot("mon", 9, 11, "B2")
day, start, *_ = slot
print(day, start, _, slot[1:3], slot[-1:])
*head, room = slot
print(head, room)
