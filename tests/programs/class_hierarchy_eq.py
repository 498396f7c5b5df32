"""Instances of a base class and its subclasses compared in containers (the base's __eq__
and __hash__ decide), and assigning a property that has no setter."""


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"{type(self).__name__}({self.cents})"


class Tip(Money):
    pass


class Fee(Money):
    @property
    def dollars(self):
        return self.cents / 100


payments = [Money(100), Tip(250), Fee(100), Money(250)]
print(len(set(payments)), sorted({p.cents for p in payments}))
print(Tip(100) in payments, payments.index(Fee(250)), payments.count(Money(100)))
print({Money(100): "a", Tip(100): "b"})
print([Tip(1), Fee(2)] == [Money(1), Money(2)], (Fee(3),) == (Tip(3),))

fee = Fee(1999)
print(fee.dollars)
try:
    fee.dollars = 25.0
except AttributeError as e:
    print("AttributeError:", e)
print(fee.dollars, fee)
