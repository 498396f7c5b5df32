"""dataclasses.replace: new instances with some fields changed (frozen ones too), of the
instance's own class (a dataclass subclass), other fields shared (a list is not copied)."""
import dataclasses
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


@dataclass
class Order:
    item: str
    qty: int = 1
    tags: list = field(default_factory=list)


@dataclass
class Rush(Order):
    fee: float = 5.0


p = Point(1, 2)
q = replace(p, y=5)
print(p, q, replace(p), dataclasses.replace(p, x=9, y=8), p == replace(p))
orders = [Order("tea"), Rush("coffee", 2)]
for o in orders:
    print(replace(o, qty=o.qty * 3))
r = replace(Rush("cake"), fee=1.5, item="pie")
print(r, type(r).__name__)
base = Order("jam", tags=["sweet"])
copy = replace(base, qty=4)
copy.tags.append("shared")
print(base, copy)
