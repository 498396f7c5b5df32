"""`del obj.attr`: a cached value dropped and recomputed, an instance attribute deleted so the
class attribute shows through again, and the AttributeError of deleting (or reading) an
attribute that is not there."""


class Invoice:
    currency = "EUR"

    def __init__(self, lines):
        self.lines = lines
        self._total = None

    @staticmethod
    def describe(x):
        return f"{x:.2f}"

    def total(self):
        if self._total is None:
            print("  (summing", len(self.lines), "lines)")
            self._total = sum(price * qty for price, qty in self.lines)
        return self._total

    def add(self, price, qty):
        self.lines.append((price, qty))
        del self._total
        self._total = None


inv = Invoice([(9.5, 2), (1.25, 4)])
print(Invoice.describe(inv.total()), Invoice.describe(inv.total()))
inv.add(100.0, 1)
print(Invoice.describe(inv.total()))

inv.currency = "USD"
print(inv.currency, Invoice.currency)
del inv.currency
print(inv.currency)
try:
    del inv.currency
except AttributeError as e:
    print("AttributeError:", e)

del inv.lines
try:
    print(inv.lines)
except AttributeError as e:
    print("AttributeError:", e)
inv.lines = [(2.0, 3)]
del inv._total
try:
    inv.total()
except AttributeError as e:
    print("AttributeError:", e)
inv._total = None
print(inv.total(), inv.lines)
del Invoice.currency
try:
    print(Invoice.currency)
except AttributeError as e:
    print("AttributeError:", e)
Invoice.currency = "CHF"
print(inv.currency, Invoice.currency)
del inv.missing
