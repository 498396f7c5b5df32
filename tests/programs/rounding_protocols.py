"""Classes that take part in rounding: round() calls __round__ (with ndigits when given),
math.floor/ceil/trunc call __floor__/__ceil__/__trunc__, whatever type those return."""
import math


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        return Money(round(self.cents, ndigits - 2))

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)

    def __repr__(self):
        return f"Money({self.cents})"


class Angle:
    def __init__(self, degrees):
        self.degrees = degrees

    def __round__(self, ndigits=0):
        return Angle(round(self.degrees, ndigits))

    def __repr__(self):
        return f"Angle({self.degrees})"


prices = [Money(1234), Money(-250), Money(99), Money(150)]
for p in prices:
    print(p, round(p), round(p, 1), math.floor(p), math.ceil(p), math.trunc(p))
print(round(Angle(12.3456), 2), round(Angle(7.5)))
print(sum(math.ceil(p) for p in prices), round(2.5), round(3.5), math.floor(-0.5))
