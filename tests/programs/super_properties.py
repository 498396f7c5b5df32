"""`super().prop` inside a property: the base class's getter, called with the same `self`, through
several levels of overriding properties."""
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def label(self):
        return "shape"


class Framed(Shape):
    @property
    def area(self):
        return super().area + 2 * (self.w + self.h)

    @property
    def label(self):
        return "framed " + super().label


class Double(Framed):
    @property
    def area(self):
        return 2 * super().area


for s in (Shape(2, 3), Framed(2, 3), Double(2, 3)):
    print(type(s).__name__, s.area, s.label)
