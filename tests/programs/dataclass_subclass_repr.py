"""A plain subclass of a dataclass or of a named tuple inherits the generated `__repr__`, which
names the class of the instance."""
from collections import namedtuple
from dataclasses import dataclass

PtBase = namedtuple("PtBase", ["x", "y"])


class Pt(PtBase):
    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass
class Animal:
    name: str
    legs: int = 4


class Dog(Animal):
    def speak(self):
        return "woof"


q = Pt(3, -4)
print(q, type(q).__name__, q.norm1(), repr(q))
print([Dog("rex"), Animal("ant", 6)], Dog("fido").speak())
