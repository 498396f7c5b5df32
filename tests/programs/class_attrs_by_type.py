"""Class attributes read through class objects taken with `type(obj)` and kept in variables
and dict keys: grouping shapes by class, then reading each class's constants."""


class Shape:
    sides = 0
    label = "shape"

    def __init__(self, size):
        self.size = size


class Square(Shape):
    sides = 4
    label = "square"


class Triangle(Shape):
    sides = 3


class Blob(Shape):
    pass


def describe(shape):
    klass = type(shape)
    return f"{klass.__name__}: {klass.sides} sides, label {klass.label!r}, size {shape.size}"


shapes = [Square(2), Triangle(3), Blob(1), Square(5), Shape(0)]
for s in shapes:
    print(describe(s))

by_type = {}
for s in shapes:
    by_type.setdefault(type(s), []).append(s.size)
for klass, sizes in by_type.items():
    print(klass.__name__, klass.sides * len(sizes), sizes)
total_sides = sum(type(s).sides for s in shapes if isinstance(s, Square))
print(total_sides)
