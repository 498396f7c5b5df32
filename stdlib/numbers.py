"""numbers: the numeric tower's abstract base classes. `isinstance(x, numbers.Real)` is
decided by the compiler from what `x` is (`natrix_abi::abcs`: an int is `Integral`, a float
`Real`, a `Fraction` `Rational`, and a class of the program deriving from one is that one);
as bases they add nothing."""


class Number:
    pass


class Complex(Number):
    pass


class Real(Complex):
    pass


class Rational(Real):
    pass


class Integral(Rational):
    pass
