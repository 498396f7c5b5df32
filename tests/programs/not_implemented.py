# Binary dunders that return NotImplemented for operands they do not handle: == is then
# False, an ordering or arithmetic operator raises CPython's TypeError naming both classes.

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Money({self.cents})"
a, b = Money(5), Money(7)
print(a == b, a == Money(5), a == 5, a != "x", a < b)
print(a + b, a + 3, sum([a, b], Money(0)), 0 + a)
for bad in ["x", 2.5]:
    try:
        print(a + bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(a < 3)
except TypeError as e:
    print("TypeError:", e)
try:
    print("s" + a)
except TypeError as e:
    print("TypeError:", e)
