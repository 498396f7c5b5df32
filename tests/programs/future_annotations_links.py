"""`from __future__ import annotations` in typed code (a class naming itself in its own
annotations), and the cause and context of an exception never raised (None)."""
from __future__ import annotations
from typing import Optional


class Node:
    def __init__(self, val: int, next: Optional[Node] = None) -> None:
        self.val = val
        self.next = next


class ChainError(Exception):
    pass


def build(vals: list[int]) -> Optional[Node]:
    head: Optional[Node] = None
    for v in reversed(vals):
        head = Node(v, head)
    return head


n = build([1, 2, 3])
out = []
while n is not None:
    out.append(n.val)
    n = n.next
print(out)
e = ChainError("x")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        raise ChainError("outer") from inner
except ChainError as err:
    print(repr(err.__cause__), err.__suppress_context__)
fresh = ChainError("never raised")
print(fresh.__cause__ is None, fresh.__context__ is None)
