# Values of mixed types where some are instances of classes with dunders: each operation
# finds the class's method when the value is such an instance, and the builtin behaviour
# otherwise.


class Bundle:
    """A named group of items that behaves like a small sequence."""

    def __init__(self, name, items):
        self.name = name
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __contains__(self, item):
        return item in self.items

    def __format__(self, spec):
        text = f"{self.name}({len(self.items)})"
        return format(text, spec) if spec else text

    def __neg__(self):
        return Bundle(self.name, reversed(self.items))

    def __abs__(self):
        return len(self.items)

    def __repr__(self):
        return f"Bundle({self.name!r}, {self.items!r})"


def parse(spec):
    """'a,b,c' is a bundle; anything else stays a plain string."""
    if "," in spec:
        name, _, rest = spec.partition(":")
        return Bundle(name, rest.split(","))
    return spec


entries = [parse(s) for s in ["fruit:apple,pear,plum", "bread", "veg:kale,leek", "milk"]]
entries.append(["loose", "list"])
for entry in entries:
    size = len(entry)
    first = entry[0]
    print(f"{entry!r:40} len={size} first={first!r} has pear: {'pear' in entry}")
    print(f"  [{entry!s:^16}]" if isinstance(entry, (str, list)) else f"  [{entry:^16}]")

total = sum(len(e) for e in entries)
print("total", total)
mixed = entries[0] if total > 3 else "none"
print(-mixed, abs(mixed), mixed[-1], "kale" in mixed)
try:
    print(-entries[1])
except TypeError as e:
    print("error:", e)
try:
    print(len(entries[1]), entries[1][10])
except IndexError as e:
    print("error:", e)
