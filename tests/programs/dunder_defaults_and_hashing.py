"""Operator dunders with extra defaulted parameters (`__pow__(self, n, mod=None)`), `__eq__`
returning NotImplemented (CPython then compares identities), `__hash__ = None`, and `hash()`
of instances with and without `__hash__`."""


class Mod:
    def __init__(self, value, modulus=97):
        self.value = value % modulus
        self.modulus = modulus

    def __pow__(self, exponent, mod=None):
        m = self.modulus if mod is None else mod
        return Mod(pow(self.value, exponent, m), m)

    def __add__(self, other, carry=0):
        if isinstance(other, Mod):
            other = other.value
        return Mod(self.value + other + carry, self.modulus)

    def __eq__(self, other):
        if not isinstance(other, Mod):
            return NotImplemented
        return (self.value, self.modulus) == (other.value, other.modulus)

    def __hash__(self):
        return hash((self.value, self.modulus))

    def __repr__(self):
        return f"Mod({self.value}, {self.modulus})"


a = Mod(10)
print(a ** 3, a ** 2 + 5, a + a)
print(a == Mod(107), a == 10, a != "10", a != Mod(11), a == a)
print(len({Mod(1), Mod(98), Mod(2)}), hash(Mod(5)) == hash(Mod(102)))


class Opaque:
    """Equality only with itself: every comparison is NotImplemented."""

    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return NotImplemented

    def __ne__(self, other):
        return NotImplemented


o = Opaque("x")
print(o == o, o != o, o == Opaque("x"), o != Opaque("x"))


class Mutable:
    __hash__ = None

    def __init__(self, items):
        self.items = items


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class Plain:
    pass


for make in (lambda: Mutable([1]), lambda: Point(1, 2)):
    try:
        seen = {make()}
        print("hashed", len(seen))
    except TypeError as e:
        print("TypeError:", e)

try:
    cache = {}
    cache[Point(0, 0)] = "origin"
except TypeError as e:
    print("TypeError:", e)

p = Plain()
print(hash(p) == hash(p), {p: "found"}[p], p in {p})
try:
    print(hash(Mutable([])))
except TypeError as e:
    print("TypeError:", e)


class Node:
    """Equal by name, but hashed by identity again: `__hash__ = object.__hash__`."""

    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Node) and self.name == other.name

    __hash__ = object.__hash__


a, b = Node("x"), Node("x")
seen = {a, b, a}
print(len(seen), a == b, a in seen, Node("x") in seen, hash(a) == hash(a), hash(a) == hash(b))
print(hash(Point(3, 4)))
