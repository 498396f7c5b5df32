"""A dataclass calls the `__post_init__` it inherits (frozen ones too, with `object.__setattr__`);
assigning a class attribute through an instance of a slotted class is read-only; `math.fsum`
refuses a str as CPython does."""
import math
from dataclasses import dataclass


@dataclass
class Place:
    name: str

    def __post_init__(self):
        print("post", self.name)


@dataclass
class City(Place):
    pop: int = 0


@dataclass(frozen=True)
class Tagged:
    raw: str
    key: str = ""

    def __post_init__(self):
        object.__setattr__(self, "key", self.raw.lower())


@dataclass(frozen=True)
class Sub(Tagged):
    extra: int = 0


class Counter:
    __slots__ = ("n",)
    total = 0


City("Rome", 5)
print(Sub("ABC", extra=2).key)
try:
    Counter().total = 9
except AttributeError as e:
    print(e)
try:
    print(math.fsum([1, "2.5"]))
except TypeError as e:
    print("TypeError:", e)
print(math.fsum([1, 2.5, True]))
