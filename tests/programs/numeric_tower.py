import numbers
from fractions import Fraction
from numbers import Real, Integral


def describe(x):
    kinds = [name for name, ok in [
        ("number", isinstance(x, numbers.Number)),
        ("real", isinstance(x, Real)),
        ("rational", isinstance(x, numbers.Rational)),
        ("integral", isinstance(x, Integral)),
    ] if ok]
    return f"{x!r}: {', '.join(kinds) or 'not a number'}"


for value in [3, 2.5, True, Fraction(1, 3), "7", None, [1]]:
    print(describe(value))


def scale(x, factor):
    if not isinstance(factor, numbers.Number):
        raise TypeError(f"factor must be a number, not {type(factor).__name__}")
    return x * factor


print(scale(3, 2), scale(1.5, Fraction(1, 2)), scale(2, 0.5))
try:
    scale(3, "2")
except TypeError as e:
    print(e)
