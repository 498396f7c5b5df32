# Classes with their own __format__: f-string fields, format() and str.format() call it with
# the spec (an empty one too); !s and !r bypass it; subclasses override it.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:,.2f}"
        return f"${self.cents / 100:{spec}}"

    def __str__(self):
        return f"Money({self.cents})"


class Euro(Money):
    def __format__(self, spec):
        return "EUR " + format(self.cents / 100, spec or ".2f")


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    def __format__(self, spec):
        unit = spec[-1] if spec else "C"
        rest = spec[:-1]
        if unit == "K":
            value = self.kelvin
        elif unit == "F":
            value = (self.kelvin - 273.15) * 9 / 5 + 32
        else:
            value = self.kelvin - 273.15
        return format(value, rest or ".1f") + "°" + unit


wallet = [Money(123456), Euro(995), Money(5)]
for w in wallet:
    print(f"[{w}] [{w:>12.1f}] [{w!s}] {format(w)} {'{0}|{0:.3f}'.format(w)}")

t = Temperature(300.0)
print(f"{t}, {t:K}, {t:.2F}, {t:8.0C}|")
print("{} / {:F}".format(t, t))
rows = [("rent", Money(120000)), ("food", Euro(45050))]
for name, amount in rows:
    print(f"{name:<6}{amount:>14}")
