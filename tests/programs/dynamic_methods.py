import math


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def name(self):
        return "circle"

    def scale(self, k):
        return Circle(self.r * k)

    def __repr__(self):
        return f"Circle({self.r})"


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def name(self):
        return "square"

    def scale(self, k):
        return Square(self.side * k)

    def __repr__(self):
        return f"Square({self.side})"


class Label:
    def __init__(self, text):
        self.text = text


shapes = [Circle(1.5), Square(2), Circle(1), Square(3)]
for s in shapes:
    print(s, s.name(), round(s.area(), 3), s.scale(2))
total = sum([s.area() for s in shapes])
print(round(total, 4))
things = [Circle(2), Label("x"), 5]
for t in things:
    try:
        print(t.name())
    except AttributeError as e:
        print("AttributeError:", e)
biggest = max(shapes, key=lambda s: s.area())
print(biggest)
