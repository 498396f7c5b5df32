class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError("area")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __repr__(self):
        return f"Shape({self.name!r})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side * 1.0

    def __repr__(self):
        return f"Square({self.side})"


class Cube(Square):
    def area(self):
        return 6 * super().area()


shapes = [Circle(1.0), Square(2.0), Cube(3.0)]
for s in shapes:
    print(s.describe())
print(shapes)
print(Shape.count)
total = 0.0
for s in shapes:
    total += s.area()
print(round(total, 3))
for s in shapes:
    if isinstance(s, Square):
        print("square-ish", s.side)
    print(isinstance(s, Circle), isinstance(s, Shape), isinstance(s, Cube))
best = None
for s in shapes:
    if best is None or s.area() > best.area():
        best = s
print(best)
try:
    Shape("x").area()
except NotImplementedError as e:
    print("not implemented:", e)
