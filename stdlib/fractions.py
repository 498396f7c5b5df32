"""fractions: `Fraction`, exact rational numbers, as CPython 3.11's: made from ints, other
fractions, floats (exactly) and strings (`"3/4"`, `"-1.25e2"`), kept in lowest terms with a
positive denominator, mixed with ints (exactly) and floats (as floats) in arithmetic and
comparisons, hashed as the equal int or float is."""

import math as _math

# CPython's modulus for the hashes of numbers (2**61 - 1 on 64-bit machines) and the hash of
# an infinity, which a fraction whose denominator the modulus divides gets.
_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159

def _digits_end(s, i):
    """Where the run of decimal digits at `i` (single underscores between digits allowed)
    ends; `i` when there is none."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
        if j + 1 < n and s[j] == "_" and s[j + 1].isdecimal():
            j += 1
    return j


def _from_text(text):
    """The numerator and denominator `text` spells: a sign, digits and either a
    `/denominator` or a decimal part and an exponent (digits may have single underscores
    between them), spaces around."""
    s = text.strip()
    n = len(s)
    i = 1 if s[:1] in ("-", "+") else 0
    negative = s[:1] == "-"
    starts = i < n and (s[i].isdecimal() or (s[i] == "." and i + 1 < n and s[i + 1].isdecimal()))
    if not starts:
        raise ValueError(f"Invalid literal for Fraction: {text!r}")
    j = _digits_end(s, i)
    num = int(s[i:j].replace("_", "")) if j > i else 0
    den = 1
    if j < n and s[j] == "/":
        k = _digits_end(s, j + 1)
        if k == j + 1 or k != n:
            raise ValueError(f"Invalid literal for Fraction: {text!r}")
        den = int(s[j + 1 : k].replace("_", ""))
        j = k
    else:
        if j < n and s[j] == ".":
            k = _digits_end(s, j + 1)
            decimal = s[j + 1 : k].replace("_", "")
            if decimal:
                scale = 10 ** len(decimal)
                num = num * scale + int(decimal)
                den = scale
            j = k
        if j < n and s[j] in ("e", "E"):
            k = j + 1
            if k < n and s[k] in ("-", "+"):
                k += 1
            end = _digits_end(s, k)
            if end == k:
                raise ValueError(f"Invalid literal for Fraction: {text!r}")
            exp = int(s[j + 1 : end].replace("_", ""))
            if exp >= 0:
                num = num * 10**exp
            else:
                den = den * 10**-exp
            j = end
    if j != n:
        raise ValueError(f"Invalid literal for Fraction: {text!r}")
    return (-num if negative else num), den


def _reduced(n, d):
    """`n/d` in lowest terms with a positive denominator (CPython's ZeroDivisionError for a
    zero one)."""
    if d == 0:
        raise ZeroDivisionError(f"Fraction({n}, 0)")
    g = _math.gcd(n, d)
    if d < 0:
        g = -g
    return n // g, d // g


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if isinstance(numerator, int):
                n, d = numerator, 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                n, d = _from_text(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            n, d = _ratio(numerator), _ratio(denominator)
            n, d = n[0] * d[1], n[1] * d[0]
        else:
            raise TypeError("both arguments should be Rational instances")
        self._numerator, self._denominator = _reduced(n, d)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        return cls(f)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self._numerator, self._denominator)
        # The convergents of the continued fraction, then the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return f"{type(self).__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # Arithmetic: with a fraction or an int exactly, with a float as floats.

    def __add__(self, other):
        if isinstance(other, (int, Fraction)):
            on, od = _ratio(other)
            return Fraction(self._numerator * od + on * self._denominator, self._denominator * od)
        if isinstance(other, float):
            return float(self) + other
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, int):
            return Fraction(other * self._denominator + self._numerator, self._denominator)
        if isinstance(other, float):
            return other + float(self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, (int, Fraction)):
            on, od = _ratio(other)
            return Fraction(self._numerator * od - on * self._denominator, self._denominator * od)
        if isinstance(other, float):
            return float(self) - other
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, int):
            return Fraction(other * self._denominator - self._numerator, self._denominator)
        if isinstance(other, float):
            return other - float(self)
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, (int, Fraction)):
            on, od = _ratio(other)
            return Fraction(self._numerator * on, self._denominator * od)
        if isinstance(other, float):
            return float(self) * other
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, int):
            return Fraction(other * self._numerator, self._denominator)
        if isinstance(other, float):
            return other * float(self)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, (int, Fraction)):
            on, od = _ratio(other)
            return _divide(self._numerator, self._denominator, on, od)
        if isinstance(other, float):
            return float(self) / other
        return NotImplemented

    def __rtruediv__(self, other):
        if isinstance(other, int):
            return _divide(other, 1, self._numerator, self._denominator)
        if isinstance(other, float):
            return other / float(self)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, (int, Fraction)):
            on, od = _ratio(other)
            return (self._numerator * od) // (self._denominator * on)
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other):
        if isinstance(other, int):
            return (other * self._denominator) // self._numerator
        if isinstance(other, float):
            return other // float(self)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, (int, Fraction)):
            on, od = _ratio(other)
            d = self._denominator * od
            return Fraction((self._numerator * od) % (on * self._denominator), d)
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other):
        if isinstance(other, int):
            return Fraction((other * self._denominator) % self._numerator, self._denominator)
        if isinstance(other, float):
            return other % float(self)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, (int, Fraction)):
            on, od = _ratio(other)
            q, r = divmod(self._numerator * od, self._denominator * on)
            return q, Fraction(r, self._denominator * od)
        if isinstance(other, float):
            return divmod(float(self), other)
        raise TypeError(
            f"unsupported operand type(s) for divmod(): 'Fraction' and '{type(other).__name__}'"
        )

    def __rdivmod__(self, other):
        if isinstance(other, int):
            q, r = divmod(other * self._denominator, self._numerator)
            return q, Fraction(r, self._denominator)
        if isinstance(other, float):
            return divmod(other, float(self))
        raise TypeError(
            f"unsupported operand type(s) for divmod(): '{type(other).__name__}' and 'Fraction'"
        )

    def __pow__(self, other):
        if isinstance(other, int):
            return _power(self._numerator, self._denominator, other)
        if isinstance(other, Fraction):
            if other._denominator == 1:
                return _power(self._numerator, self._denominator, other._numerator)
            return float(self) ** float(other)
        if isinstance(other, float):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other**self._numerator
        if isinstance(other, int):
            if self._denominator == 1:
                return _power(other, 1, self._numerator)
            return float(other) ** float(self)
        if isinstance(other, float):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __trunc__(self):
        return self.__int__()

    def __float__(self):
        return self._numerator / self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            # A half: to the even one.
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    # Comparisons: exact with ints, fractions and finite floats.

    def __eq__(self, other):
        if isinstance(other, (int, Fraction)):
            on, od = _ratio(other)
            return self._numerator == on and self._denominator == od
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return False
            return self == Fraction(other)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, (int, Fraction, float)):
            c = _compare(self, other)
            return c is not None and c < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, (int, Fraction, float)):
            c = _compare(self, other)
            return c is not None and c <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, (int, Fraction, float)):
            c = _compare(self, other)
            return c is not None and c > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, (int, Fraction, float)):
            c = _compare(self, other)
            return c is not None and c >= 0
        return NotImplemented

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _ratio(x):
    """The numerator and denominator of an int or a fraction."""
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return x, 1


def _divide(na, da, nb, db):
    """`(na/da) / (nb/db)`, CPython's ZeroDivisionError naming the numerator it reached."""
    g1 = _math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    n, d = na * db, nb * da
    if d == 0:
        raise ZeroDivisionError(f"Fraction({n}, 0)")
    return Fraction(n, d)


def _power(n, d, p):
    """`(n/d) ** p` of an int exponent, exactly."""
    if p >= 0:
        return Fraction(n**p, d**p)
    if n >= 0:
        return Fraction(d**-p, n**-p)
    return Fraction((-d) ** -p, (-n) ** -p)


def _compare(a, b):
    """-1, 0 or 1 as fraction `a` is below, at or above the int, fraction or float `b`; None
    for a NaN, which is unordered."""
    if isinstance(b, float):
        if _math.isnan(b):
            return None
        if _math.isinf(b):
            return -1 if b > 0 else 1
        bn, bd = b.as_integer_ratio()
    else:
        bn, bd = _ratio(b)
    left, right = a._numerator * bd, bn * a._denominator
    if left < right:
        return -1
    return 1 if left > right else 0
