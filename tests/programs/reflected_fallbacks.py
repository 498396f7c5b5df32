"""`return NotImplemented` handing an operation to the other operand's class: a Fraction that
knows nothing of Vectors, a Vector that scales by anything numeric through `__rmul__`, rich
comparisons answered by the other class's reflection, and properties with setters on classes
with `__slots__`."""


class Fraction:
    def __init__(self, num, den=1):
        self.num = num
        self.den = den

    def value(self):
        return self.num / self.den

    def __mul__(self, other):
        if isinstance(other, Fraction):
            return Fraction(self.num * other.num, self.den * other.den)
        if isinstance(other, int):
            return Fraction(self.num * other, self.den)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self.num * other.den == other.num * self.den
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Fraction):
            return self.num * other.den < other.num * self.den
        return NotImplemented

    def __repr__(self):
        return f"{self.num}/{self.den}"


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __rmul__(self, k):
        if isinstance(k, Fraction):
            return Vector(self.x * k.value(), self.y * k.value())
        return Vector(self.x * k, self.y * k)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


class Length:
    """Compares with Fractions from the right-hand side."""

    def __init__(self, metres):
        self.metres = metres

    def __eq__(self, other):
        return isinstance(other, Fraction) and other.value() == self.metres

    def __gt__(self, other):
        if isinstance(other, Length):
            return self.metres > other.metres
        return self.metres > other.value()


half = Fraction(1, 2)
print(half * Fraction(2, 3), half * 3)
print(half * Vector(4, 6), 2 * Vector(1, 1))
print(half == Length(0.5), half == Length(2), half != Length(0.5))
print(half < Length(1), half < Length(0.25))
print(half == Fraction(2, 4), half < Fraction(2, 3))
try:
    print(half * "x")
except TypeError as e:
    print("TypeError:", e)


class Temperature:
    __slots__ = ("_kelvin",)

    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def kelvin(self):
        return self._kelvin

    @kelvin.setter
    def kelvin(self, value):
        if value < 0:
            raise ValueError(f"{value} is below absolute zero")
        self._kelvin = value

    @property
    def celsius(self):
        return self._kelvin - 273.15


t = Temperature(300)
t.kelvin = 310
print(t.kelvin, round(t.celsius, 2))
try:
    t.celsius = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
t.kelvin = -1
