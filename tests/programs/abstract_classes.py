"""Abstract base classes: `ABC`, `ABCMeta`, `@abstractmethod` (also on properties and
classmethods); instantiating a class that leaves a method abstract raises TypeError."""
from abc import ABC, ABCMeta, abstractmethod
import abc
import math


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def sides(self):
        pass

    def describe(self):
        return f"{self.name}: area {self.area():.2f}, perimeter {self.perimeter():.2f}, {self.sides} sides"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    @property
    def sides(self):
        return 0


class Polygon(Shape):
    def __init__(self, name, lengths):
        super().__init__(name)
        self.lengths = lengths

    def perimeter(self):
        return sum(self.lengths)

    @property
    def sides(self):
        return len(self.lengths)


class Square(Polygon):
    def __init__(self, s):
        super().__init__("square", [s] * 4)
        self.s = s

    def area(self):
        return self.s * self.s


class Plugin(metaclass=ABCMeta):
    registry = []

    @classmethod
    @abstractmethod
    def kind(cls):
        ...

    @abstractmethod
    def run(self, x):
        ...


class Doubler(Plugin):
    @classmethod
    def kind(cls):
        return "double"

    def run(self, x):
        return 2 * x


class Base(abc.ABC):
    @abc.abstractmethod
    def go(self):
        ...


class NotAbstract:
    @abstractmethod
    def go(self):
        return "NotAbstract.go ran"


shapes = [Circle(1.5), Square(2)]
for s in shapes:
    print(s.describe())
print(Doubler.kind(), Doubler().run(21))
print(NotAbstract().go())
for make in [lambda: Shape("x"), lambda: Polygon("tri", [3, 4, 5]), lambda: Plugin(), lambda: Base()]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


def build(cls, *args):
    return cls(*args)


print(build(Square, 3).area())
try:
    build(Polygon, "p", [1])
except TypeError as e:
    print(e)

# `isinstance(x, ABC)`: the classes deriving from `ABC` (not those with `metaclass=ABCMeta`).
from abc import ABCMeta


class Runner(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...


class Fast(Runner):
    def run(self):
        return "fast"


class Plain:
    pass


print(isinstance(Fast(), ABC), isinstance(Plain(), ABC), isinstance(Fast(), (ABC, Runner)))
print([isinstance(x, ABC) for x in (Plain(), 3, "s")], issubclass(Fast, ABC), issubclass(Plain, (ABC, Plain)))

Polygon("hexagon", [1] * 6)
