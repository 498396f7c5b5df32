# Dataclass fields with field(default=…) and field(default_factory=…): every instance built
# without the argument gets its own fresh list or dict, never a shared one.
from dataclasses import dataclass, field
import dataclasses


@dataclass
class Settings:
    retries: int = 3
    verbose: bool = False


@dataclass
class Order:
    id: int
    customer: str
    items: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)
    discount: float = field(default=0.0)
    settings: Settings = field(default_factory=Settings)
    tags: list = dataclasses.field(default_factory=lambda: ["new"])

    def add(self, name, qty, price):
        self.items.append((name, qty, price))
        self.notes[name] = f"{qty} x {price}"

    def total(self):
        return sum(q * p for _, q, p in self.items) * (1 - self.discount)


a = Order(1, "ann")
b = Order(2, "bob", discount=0.25)
a.add("pen", 3, 1.5)
b.add("pad", 2, 4.0)
b.tags.append("vip")
print(a)
print(b)
print(a.items is b.items, a.notes is b.notes, a.tags, b.tags, a.settings == b.settings)
print(a.total(), b.total(), Order(3, "cy", [("ink", 1, 2.0)]).total())
shared = [("gum", 10, 0.1)]
c = Order(4, "dee", shared)
c.add("tea", 1, 3.0)
print(len(shared), c.items is shared, c.settings.retries, Order(5, "eve").settings.verbose)
print(Order(6, "fay") == Order(6, "fay"), Order(6, "fay") == Order(6, "fay", discount=0.5))
