"""A catalog of items whose classmethods use `cls` as a value (`isinstance(obj, cls)`, `cls is
Item`, a registry of classes), and a command table of bound methods whose argument errors
name the method as CPython does (`Catalog.add() missing 1 required positional argument`)."""


class Item:
    kinds = {}

    def __init__(self, name, price):
        self.name = name
        self.price = price

    @classmethod
    def register(cls):
        Item.kinds[cls.__name__.lower()] = cls
        return cls

    @classmethod
    def accepts(cls, obj):
        return isinstance(obj, cls)

    @classmethod
    def of_kind(cls, items):
        return [i.name for i in items if isinstance(i, cls)]

    @classmethod
    def is_generic(cls):
        return cls is Item

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price})"


class Book(Item):
    pass


class Film(Item):
    pass


for kind in (Book, Film):
    kind.register()
print(sorted(Item.kinds))
made = [Item.kinds[k](f"{k}-1", 10) for k in ("book", "film")]
print(made)

stock = [Item("mug", 4), Book("Dune", 9), Film("Alien", 7), Book("Emma", 6)]
print(Book.accepts(Item("plain", 1)), Item.accepts(Book("x", 1)), Film.accepts(stock[2]))
print(Book.of_kind(stock), Film.of_kind(stock), len(Item.of_kind(stock)))
print(Item.is_generic(), Book.is_generic(), stock[1].is_generic())


class Catalog:
    def __init__(self):
        self.items = {}

    def add(self, name, price):
        self.items[name] = price
        return f"added {name}"

    def remove(self, name):
        return f"removed {name}" if self.items.pop(name, None) is not None else f"no {name}"

    def total(self):
        return f"total {sum(self.items.values())}"


catalog = Catalog()
commands = {"add": catalog.add, "remove": catalog.remove, "total": catalog.total}
script = [
    "add pen 3",
    "add book 12",
    "total",
    "remove pen",
    "remove pen",
    "add lamp",
    "total now",
    "remove",
]
for line in script:
    word, *args = line.split()
    args = [int(a) if a.isdigit() else a for a in args]
    try:
        print(commands[word](*args))
    except TypeError as e:
        print("error:", e)
