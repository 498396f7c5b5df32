"""Dataclass fields left out of __init__ (`field(init=False)`): computed in __post_init__,
or set from their default or factory; an ordering key first, hidden from the repr."""
from dataclasses import dataclass, field

@dataclass
class P:
    cells: list
    area: int = field(init=False)
    tags: list = field(init=False, default_factory=list)
    scale: float = field(init=False, default=1.0)
    note: str = "n"

    def __post_init__(self):
        self.area = len(self.cells)

p = P([1, 2])
print(p)
p.tags.append("x")
q = P([3], "m")
print(q, q.tags, p.tags)
print(p == P([1, 2]))

@dataclass(order=True)
class Item:
    sort_index: int = field(init=False, repr=False)
    name: str
    price: float

    def __post_init__(self):
        self.sort_index = int(self.price * 100)

items = sorted([Item("b", 2.5), Item("a", 1.25), Item("c", 0.5)])
print(items)
