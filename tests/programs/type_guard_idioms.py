# Idioms that test a value's type or presence before using it: `isinstance(o, P) and o.v`
# in __eq__, `x or default` of a value that may be None, `list(items) if items else []`,
# `next(iter(xs), default)` of an empty list, `.args` of mixed exceptions, and a KeyError
# subclass showing its key's repr.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def describe(v):
    if isinstance(v, Point) and v.x == 0:
        return "on the y axis"
    if not isinstance(v, Point) or v.y != 0:
        return "elsewhere"
    return "on the x axis"


print(Point(1, 2) == Point(1, 2), Point(1, 2) == (1, 2), Point(1, 2) == 5)
print(describe(Point(0, 5)), describe(Point(3, 0)), describe("origin"), describe(Point(1, 1)))


class Stack:
    def __init__(self, items=None):
        self.items = list(items) if items else []

    def __repr__(self):
        return f"Stack({self.items})"


print(Stack(), Stack([1, 2]), Stack(()))

aliases = {"a": "alpha", "b": ""}
tally = {}
for k in ["a", "b", "c", "a"]:
    name = aliases.get(k) or "?"
    tally[name] = tally.get(name, 0) + 1
print(tally)

limits = {"x": 5, "y": 0}
print([limits.get(k) or -1 for k in "xyz"], [limits.get(k) and 7 for k in "xyz"])

print(next(iter([]), "empty"), next(iter([3, 4]), 0))


class UnknownSku(KeyError):
    pass


class Invalid(Exception):
    pass


problems = [ValueError("bad qty"), Invalid("no name"), KeyError("sku"), UnknownSku("Z9")]
for p in problems:
    print(type(p).__name__, p.args, str(p))

try:
    raise UnknownSku("Z9")
except KeyError as e:
    print("lookup failed:", e)
raise UnknownSku("end")
