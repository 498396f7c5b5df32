"""A class attribute read through `type(x)` outside the methods of x's class: the class object
of a value of run-time type holds only the class's names (CPython reads the attribute)."""


class A:
    name = "a"


def f(x):
    return type(x).name


print(f(A()))
