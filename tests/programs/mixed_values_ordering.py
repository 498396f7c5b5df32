"""Sorting and comparing values of different classes held in one list: each class's
`__lt__`/`__gt__` is called against the other classes and against numbers (CPython's
reflection: `a < b` tries `b.__gt__(a)`), a base without the ordering whose subclasses
define it, and an override returning another type."""


class Num:
    def __init__(self, v):
        self.v = v

    def eval(self):
        return self.v

    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.eval() < other
        return self.eval() < other.eval()

    def __repr__(self):
        return f"Num({self.v})"


class Add:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def eval(self):
        return self.left.eval() + self.right.eval()

    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.eval() < other
        return self.eval() < other.eval()

    def __repr__(self):
        return f"Add({self.left!r}, {self.right!r})"


class Big:
    """Greater than everything: only `__gt__`."""

    def __gt__(self, other):
        return True

    def __repr__(self):
        return "Big()"


nodes = [Num(3), Add(Num(1), Num(1)), Num(1), Add(Num(2), Add(Num(0), Num(5)))]
print(sorted(nodes))
print(min(nodes), max(nodes))
print(nodes[0] < nodes[1], nodes[1] < nodes[0], nodes[1] > nodes[2])
print(nodes[0] < 5, nodes[3] < 2.5, 2 > nodes[2])
print(sorted([nodes[0], Big(), nodes[2]], key=lambda n: 0), [Big(), Num(0)][0] > Num(1))
mixed = [Num(2), Big(), Num(1)]
mixed.sort(key=lambda n: n if isinstance(n, Num) else Num(99))
print(mixed)
try:
    print(sorted([Num(1), "text"]))
except TypeError as e:
    print("TypeError:", e)


class Shape:
    pass


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def __lt__(self, other):
        return self.area() < other.area()


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def __lt__(self, other):
        return self.area() < other.area()


shapes = [Circle(1), Square(2), Circle(2), Square(1)]
print(shapes[0] < shapes[1], shapes[1] > shapes[2], shapes[3] < shapes[0])
print([round(s.area(), 2) for s in sorted(shapes)])


class Base:
    def __lt__(self, other):
        return True


class Odd(Base):
    def __lt__(self, other):
        return "odd"


pair = [Odd(), Base()]
print(bool(pair[0] < pair[1]), bool(pair[1] < pair[0]))
