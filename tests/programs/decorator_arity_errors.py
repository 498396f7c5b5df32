"""Decorators whose wrappers pass `*args` on: a call with the wrong number of arguments raises
CPython's TypeError (naming the decorated function) when it runs, which the program catches,
or the wrapper checks the arity itself first."""
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        print("calling", func.__name__, args)
        return func(*args)

    return wrapper


def exactly_two(func):
    def wrapper(*args):
        if len(args) != 2:
            raise TypeError(f"{func.__name__} needs 2 arguments, got {len(args)}")
        return func(*args)

    return wrapper


@logged
def area(width, height):
    return width * height


@exactly_two
def ratio(a, b):
    return a / b


print(area(2, 3))
for args in [(2,), (1, 2, 3)]:
    try:
        area(*args)
    except TypeError as e:
        print("TypeError:", e)
print(ratio(3, 4))
try:
    ratio(1)
except TypeError as e:
    print("TypeError:", e)
