"""Validators and trees written with sentinels and tables of types: builtin types printed as
classes, isinstance() against nested tuples held in variables, an instance compared with a
str default, OrderedDict.update() from pairs, and a helper applying a function to spread
arguments that do not always fit."""
from collections import OrderedDict

SCHEMA = {"name": str, "age": int, "score": float, "tags": list}
NUMBER = (int, (float, bool))
print(SCHEMA, str, repr(int), f"{float}", [bool, dict, tuple, set])


def validate(record):
    problems = []
    for field, expected in SCHEMA.items():
        value = record.get(field)
        if not isinstance(value, expected):
            problems.append(f"{field}: expected {expected!r}, got {type(value).__name__}")
    return problems


print(validate({"name": "ann", "age": 31, "score": 9.5, "tags": []}))
print(validate({"name": 7, "age": "31", "score": 1, "tags": ()}))
print([isinstance(v, NUMBER) for v in [1, 2.5, True, "x", None]])


class Node:
    def __init__(self, name, parent="root"):
        self.name = name
        self.parent = parent

    def depth(self):
        if self.parent == "root":
            return 0
        return 1 + self.parent.depth()


a = Node("a")
b = Node("b", a)
print(a.depth(), b.depth(), a == "root", b != "root", a == 3)

steps = OrderedDict()
steps.update([("fetch", 1), ("parse", 2)])
steps.update({"store": 3})
steps.update(report=4)
print(steps, list(steps))


def apply(fn, *args):
    return fn(*args)


def square(n):
    return n * n


print(apply(square, 7))
try:
    apply(square)
except TypeError as e:
    print("TypeError:", e)

print("root" == a, 3 != b, [1] == a, "root" != b.parent)
mixed = [a, "root", 3]
print([v == a for v in mixed], a in mixed, mixed.index("root"))
