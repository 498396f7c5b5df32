"""Idioms from puzzle-parsing code: a name rebound from a str to the list split from it
(with a Counter elsewhere in the program), a tree node caching its size in an attribute that
starts as None, and a grid kept as a tuple of strs transposed with zip(*grid)."""
from collections import Counter

SPEC = """a: 1, 2, 3
b: 4
c: 5, 6"""

lists = {}
for line in SPEC.splitlines():
    name, _, items = line.partition(": ")
    items = items.split(", ")
    lists[name] = items
last = [lists[k].pop() for k in sorted(lists)]
print(last, lists, Counter("".join(lists)).most_common(1))


class Node:
    def __init__(self, name, size=0, kids=None):
        self.name = name
        self.own = size
        self.kids = kids or []
        self.cached = None

    def size(self) -> int:
        if self.cached is None:
            self.cached = self.own + sum(k.size() for k in self.kids)
        return self.cached


root = Node("/", 0, [Node("a", 10, [Node("e", 5)]), Node("b", 7), Node("c")])
print(root.size(), [k.size() for k in root.kids], root.cached)

grid = tuple("#..\n.#.\n..#\n##.".splitlines())
cols = ["".join(c) for c in zip(*grid)]
print(cols, list(zip(*(row[::-1] for row in grid))))
seen = {grid: 0}
print(len(seen), grid in seen)
