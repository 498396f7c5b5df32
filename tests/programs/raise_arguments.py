"""Exceptions raised with numbers as their argument, and None found as an operand only after
the other operand ran (CPython evaluates both before the operator fails)."""


class Registry:
    def __init__(self):
        self.items = {}

    def add(self, ident, name):
        self.items[ident] = name

    def get(self, ident):
        if ident not in self.items:
            raise KeyError(ident)
        return self.items[ident]


def checked_ratio(x):
    if x > 1.0:
        raise ValueError(x)
    return x


reg = Registry()
reg.add(7, "seven")
print(reg.get(7))
for ident in (7, 8):
    try:
        print(reg.get(ident))
    except KeyError as e:
        print("missing:", e, repr(e))

for x in (0.5, 2.5):
    try:
        print(checked_ratio(x))
    except ValueError as e:
        print("bad ratio:", e, repr(e))

try:
    raise IndexError(3)
except IndexError as e:
    print(type(e).__name__, e, repr(e))


def lookup(table, key):
    return table.get(key)


def cost(label):
    print("pricing", label)
    return 10


prices = {"tea": 3}
try:
    total = lookup(prices, "cake") + cost("cake")
except TypeError as e:
    print("TypeError:", e)
try:
    print(cost("tea") + lookup(prices, "scone"))
except TypeError as e:
    print("TypeError:", e)
try:
    print(lookup(prices, "bun") < cost("bun"))
except TypeError as e:
    print("TypeError:", e)
print(lookup(prices, "tea") + cost("tea"))

reg.get(99)
