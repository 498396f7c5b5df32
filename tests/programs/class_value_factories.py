"""Alternate constructors and helpers called through classes held in values: a registry of
classes whose `@classmethod` factories parse text (`cls` is the class the value holds),
`@staticmethod`s of several classes, and AttributeError for a class without the method."""


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    @classmethod
    def parse(cls, text):
        return cls(float(text))

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def describe(n):
        return f"{n} sides"

    def area(self):
        return 0.0

    def __repr__(self):
        return f"{type(self).__name__}({self.size:g})"


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3

    def area(self):
        return self.size * self.size * 3 ** 0.5 / 4

    @staticmethod
    def describe(n):
        return f"triangle: {n}"


class Label:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Label({self.text!r})"


REGISTRY = {"square": Square, "triangle": Triangle}


def load(line):
    kind, _, size = line.partition(":")
    cls = REGISTRY[kind]
    return cls.parse(size)


shapes = [load(line) for line in ["square:2", "triangle:3", "square:0.5"]]
print(shapes, [round(s.area(), 3) for s in shapes])

for kind in (Square, Triangle):
    print(kind.__name__, kind.unit(), kind.describe(kind.sides))

for name in sorted(REGISTRY):
    cls = REGISTRY[name]
    unit = cls.unit()
    print(name, unit, unit.area() > 0)

for kind in (Square, Label):
    try:
        print(kind.unit())
    except AttributeError as e:
        print("AttributeError:", e)
