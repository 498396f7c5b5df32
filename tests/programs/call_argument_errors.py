# CPython's TypeErrors for calls whose arguments do not fit, raised when the call runs: the
# counts with defaults, every missing name, keyword errors first, qualified method names.
from dataclasses import dataclass


def f(a, b=2):
    return a


def g(a, b, c):
    return a


def h(*, d, e):
    return d


def k(a, *, d):
    return a


def two(a, b):
    return a


class C:
    @staticmethod
    def s():
        return 1

    @classmethod
    def m(cls, x):
        return x


@dataclass
class Item:
    name: str
    qty: int = 1
    price: float = 0.0


for call in range(9):
    try:
        if call == 0:
            f(1, 2, 3)
        elif call == 1:
            g()
        elif call == 2:
            h()
        elif call == 3:
            k(1, 2, d=3)
        elif call == 4:
            two(1, 2, 3, z=1)
        elif call == 5:
            Item("a", 1, 2.0, 4)
        elif call == 6:
            g(1)
        elif call == 7:
            two(1, a=2)
        else:
            k(1)
    except TypeError as e:
        print(call, e)
for call in range(2):
    try:
        if call == 0:
            C.s(1)
        else:
            C.m()
    except TypeError as e:
        print(e)
print(C.s(), C.m(5))


# A class without `__init__` takes no arguments; an instance without `__contains__`,
# `__iter__` or `__getitem__` is no container; `sum` as a value takes `start`.
class Plain:
    pass


class Tag:
    def __init__(self, name):
        self.name = name


def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)


try:
    Plain(1)
except TypeError as e:
    print(e)
try:
    print(1 in Tag("a"))
except TypeError as e:
    print(e)
print(apply(sum, [1, 2], start=10), apply(sum, [1.5, 2]), apply(sum, []))
