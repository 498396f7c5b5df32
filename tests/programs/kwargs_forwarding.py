import math


class Shape:
    def __init__(self, name, **style):
        self.name = name
        self.style = style

    def area(self):
        raise NotImplementedError

    def describe(self):
        colour = self.style.get("colour", "none")
        return f"{self.name}: area={self.area():.2f} colour={colour}"


class Circle(Shape):
    def __init__(self, r, **style):
        super().__init__("circle", **style)
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h, **style):
        super().__init__("rect", **style)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


shapes = [Circle(1), Rect(2, 3.5, colour="red"), Circle(0.5, colour="blue", dashed=True)]
for s in shapes:
    print(s.describe(), s.style)
print(sorted(shapes, key=lambda s: s.area())[0].name)
