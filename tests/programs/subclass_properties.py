"""A property only some subclasses define, read through values typed as the base class: the
getter of the instance's class, AttributeError naming it for the others."""


class Shape:
    def __init__(self, name):
        self.name = name


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    @property
    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return 3.14159 * self.r * self.r


class Blob(Shape):
    pass


shapes = [Square(2), Circle(1.5), Square(3)]
for s in shapes:
    print(s.name, s.area)
print(sum(s.area for s in shapes))
items = [Shape("plain"), Blob("blob"), Square(4)]
for s in items:
    try:
        print(s.name, s.area)
    except AttributeError as e:
        print("no area:", e)
