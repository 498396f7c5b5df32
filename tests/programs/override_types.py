"""Overrides that return different types: a property that is an int in one class and a float
in another, an operator that returns an instance or a number."""
import math


class Shape:
    name = "shape"

    @property
    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area}"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    name = "rect"

    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h


class Label(Shape):
    @property
    def area(self):
        return "n/a"


shapes = [Circle(1.5), Rect(2, 3), Shape(), Rect(4, 4)]
for s in shapes:
    print(s.describe(), s.area)
print(round(sum(s.area for s in shapes), 4))
largest = max(shapes, key=lambda s: s.area)
print(largest.name, largest.area)
print([Label().area, Shape().area])


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __repr__(self):
        return f"Money({self.cents})"


class Ratio(Money):
    def __add__(self, other):
        return (self.cents + other.cents) / 100

    def __mul__(self, k):
        return self.cents * k / 100


for m in (Money(250), Ratio(50)):
    print(m + Money(25), m * 3)
