"""Class attributes the module adds after the class body: a registry and a counter set up
once the class exists, read through the class and its instances; read too early, CPython's
AttributeError."""


class Shape:
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides
        Shape.made += 1

    def label(self):
        return f"{self.name} ({self.sides} sides, of {len(Shape.KINDS)} kinds)"


def report():
    return f"{Shape.made} shapes, default {Shape.DEFAULT}"


try:
    print(report())
except AttributeError as e:
    print("too early:", e)

Shape.KINDS = {"triangle": 3, "square": 4, "hexagon": 6}
Shape.made = 0
Shape.DEFAULT: str = "square"

shapes = [Shape(k, n) for k, n in Shape.KINDS.items()]
print([s.label() for s in shapes])
print(report(), shapes[0].DEFAULT)
Shape.DEFAULT = "hexagon"
print(report(), shapes[1].made)
