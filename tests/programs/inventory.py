from dataclasses import dataclass, field
from collections import defaultdict


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def value(self):
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, price, qty=1, *tags):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty, list(tags))
        self.log.append(("add", name, qty))

    def remove(self, name, qty=1):
        item = self.items.get(name)
        if item is None:
            raise KeyError(name)
        if item.qty < qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        self.log.append(("remove", name, qty))

    def report(self):
        by_tag = defaultdict(list)
        for item in self.items.values():
            for t in item.tags:
                by_tag[t].append(item.name)
        total = sum(i.value() for i in self.items.values())
        return total, dict(by_tag)


inv = Inventory()
inv.add("apple", 0.5, 10, "fruit", "fresh")
inv.add("pear", 0.75, 4, "fruit")
inv.add("hammer", 12, 1, "tool")
inv.add("apple", 0.5, 5)
inv.remove("pear", 2)
for bad in [("pear", 10), ("kiwi", 1)]:
    try:
        inv.remove(bad[0], bad[1])
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
total, tags = inv.report()
print(round(total, 2), tags)
print(inv.items["apple"])
print(inv.log)
cheapest = min(inv.items.values(), key=lambda i: i.price)
print(cheapest.name, cheapest.price)
