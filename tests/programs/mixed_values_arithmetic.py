# Arithmetic on values of mixed types where some are instances with operator dunders: the
# left operand's method, else the right operand's reflected one, else the numbers' own rules.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + round(other * 100))

    def __radd__(self, other):
        return Money(self.cents + round(other * 100))

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, factor):
        return Money(round(self.cents * factor))

    __rmul__ = __mul__

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


def parse(item):
    """Prices in cents become Money; quantities stay numbers."""
    kind, _, amount = item.partition("=")
    return Money(int(amount)) if kind == "price" else float(amount)


items = [parse(s) for s in ["price=1250", "qty=3", "price=499", "qty=0.5"]]
for x in items:
    print(x + 1, 2 * x, x * 2)

total = 0
for x in items:
    total = total + x
print("sum with +:", total)

running = 0
for x in items:
    running += x
print("sum with +=:", running)
print(sum(items[:2], Money(0)), items[0] - items[2])
try:
    print(items[1] - items[0])
except TypeError as e:
    print("TypeError:", e)
