"""Cooperative mixins: super() calls that continue each instance's method resolution order,
ending at a root class or at object; abstract methods through several bases; the older
super(Class, self) spelling."""
from abc import ABC, abstractmethod


class Base:
    def describe(self):
        return ["base"]

    def __init__(self):
        self.tags = ["base"]


class ColorMixin:
    def __init__(self):
        super().__init__()
        self.color = "red"

    def describe(self):
        return super().describe() + [f"color={self.color}"]


class SizeMixin:
    def __init__(self):
        super().__init__()
        self.size = 3

    def describe(self):
        return super().describe() + [f"size={self.size}"]


class Box(ColorMixin, SizeMixin, Base):
    def __init__(self):
        super().__init__()
        self.tags.append("box")

    def describe(self):
        return ["box"] + super().describe()


class Plain(SizeMixin, Base):
    pass


for thing in (Box(), Plain(), Base()):
    print(type(thing).__name__, thing.describe(), thing.tags)


class Loud(ColorMixin):
    def shout(self):
        return self.color.upper()


print(Loud().shout())


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...


class Named:
    def name(self):
        return type(self).__name__.lower()


class Square(Named, Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Unfinished(Shape, Named):
    def area(self):
        return 0


class AlsoUnfinished(Named, Shape):
    pass


print(Square(3).area(), Square(3).name())
for cls in (Unfinished, AlsoUnfinished):
    try:
        cls()
        print("made", cls.__name__)
    except TypeError as e:
        print("TypeError:", e)


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Dog(Animal):
    def __init__(self, name):
        super(Dog, self).__init__(name)

    def speak(self):
        return super(Dog, self).speak() + " woof"


print(Dog("rex").name, Dog("rex").speak())
