import dataclasses
from dataclasses import dataclass, field, fields, asdict


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)


@dataclass
class Perishable(Item):
    days: int = 7


def to_row(obj):
    return [str(getattr(obj, f.name)) for f in fields(obj)]


def header(cls_fields):
    return " | ".join(f.name.upper() for f in cls_fields)


items = [Item("bolt", 0.25, 100), Perishable("milk", 1.99, 2, ["dairy"], days=5)]
print(header(fields(Item)))
for it in items:
    print(" | ".join(to_row(it)))
print([f.name for f in fields(Perishable)], len(fields(items[1])))
print([f.name for f in dataclasses.fields(Item)])
for it in items:
    for f in fields(it):
        value = getattr(it, f.name)
        if isinstance(value, float):
            print(f"{f.name}={value:.2f}")
try:
    fields(42)
except TypeError as e:
    print("TypeError:", e)
