"""The operator module: Python's operators as functions (`reduce(operator.mul, xs)`), and
`itemgetter` / `attrgetter` / `methodcaller`, whose calls the linker turns into lambdas
(`compiler/src/modules/getters.rs`); `attrgetter` and `methodcaller` are usable only so, called
with the attribute or method names written out."""


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def truediv(a, b):
    return a / b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def pow(a, b):
    return a**b


def neg(a):
    return -a


def pos(a):
    return +a


def abs(a):
    # (`-0.0` is not > 0: its absolute value is 0.0.)
    return a if a > 0 else -a


def and_(a, b):
    return a & b


def or_(a, b):
    return a | b


def xor(a, b):
    return a ^ b


def lshift(a, b):
    return a << b


def rshift(a, b):
    return a >> b


def invert(a):
    return ~a


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def gt(a, b):
    return a > b


def ge(a, b):
    return a >= b


def not_(a):
    return not a


def truth(a):
    return bool(a)


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


def concat(a, b):
    return a + b


def contains(a, b):
    return b in a


def getitem(a, b):
    return a[b]


def countOf(a, b):
    return sum(1 for x in a if x == b)


def indexOf(a, b):
    for i, x in enumerate(a):
        if x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def itemgetter(item):
    """`itemgetter(k)` used as a value (its calls are lambdas already)."""
    return lambda obj: obj[item]


attrgetter = None
methodcaller = None
