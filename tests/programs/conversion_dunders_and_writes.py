"""float() and int() of objects through __float__, __int__ and __index__; itertools.repeat
without a count; sys.stdout.write returning the number of characters written (also as a
value, the competitive programmer's `write = sys.stdout.write`)."""
import itertools
import sys
from itertools import repeat


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __float__(self):
        return self.cents / 100

    def __int__(self):
        return self.cents // 100


class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


wallet = [Money(1234), Money(99), Money(-250)]
print([float(m) for m in wallet], [int(m) for m in wallet], int(Slot(7)) * 2)
print(sum(float(m) for m in wallet), float(Money(5)) + 1)

print(list(zip("abc", repeat(0))))
print(list(map(pow, range(5), repeat(2))))
print(list(repeat("x", 3)), list(itertools.islice(repeat(7), 4)))
print(dict(zip(["a", "b"], itertools.repeat(1))))

n = sys.stdout.write("header\n")
print(n, sys.stderr.write(""))
write = sys.stdout.write
total = 0
for word in ["ab", "cde", "é\n"]:
    total += write(word)
print(total)
flush = sys.stdout.flush
flush()


class Ratio:
    """An amount that is an int or a float: __float__ returns a value of run-time type."""

    def __init__(self, n):
        self.n = n

    def __float__(self):
        return self.n / 2


print(float(Ratio(3)), float(Ratio(1.5)), [float(Ratio(v)) for v in (4, 0.5)])
