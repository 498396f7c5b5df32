"""Item assignment to values that do not support it: strs and tuples are immutable, and a
class without `__setitem__` refuses it; CPython's TypeError when the statement runs, after
the value, the object and the index are evaluated."""


def trace(label, value):
    print("evaluating", label)
    return value


def capitalize_at(word, i):
    try:
        word[i] = word[i].upper()
    except TypeError as e:
        print("cannot edit in place:", e)
    return word[:i] + word[i].upper() + word[i + 1:]


class Inventory:
    def __init__(self):
        self.items = {}


print(capitalize_at("natrix", 0))
origin = (0, 0)
try:
    origin[trace("index", 1)] = trace("value", 5)
except TypeError as e:
    print(e, origin)
stock = Inventory()
try:
    stock["apples"] = 3
except TypeError as e:
    print(e, stock.items)
scores = (90, 85)
scores[0] = 100
