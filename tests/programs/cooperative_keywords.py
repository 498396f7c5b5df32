"""Cooperative multiple inheritance with keyword forwarding (each class takes its own
keywords and passes the rest on with **kwargs), and classes' __mro__ and __bases__."""

class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


class E(ValueError):
    pass


print(D.__mro__)
print([k.__name__ for k in D.__mro__], D.__bases__, A.__bases__, E.__mro__)
print(E.__bases__, len(D.__mro__))
class Base:
    def __init__(self, name, **kwargs):
        self.name = name
        self.log = ["Base"]


class Colored(Base):
    def __init__(self, color="red", **kwargs):
        super().__init__(**kwargs)
        self.color = color
        self.log.append("Colored")


class Sized(Base):
    def __init__(self, size=1, **kwargs):
        super().__init__(**kwargs)
        self.size = size
        self.log.append("Sized")


class Widget(Colored, Sized):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Widget")


class LoggingMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log.append("LoggingMixin")


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = ["Account"]


class LoggedAccount(LoggingMixin, Account):
    pass


w = Widget(name="w", color="blue", size=3)
print(w.name, w.color, w.size, w.log)
c = Colored(name="c")
print(c.name, c.color, c.log)
s = Sized(name="s", size=9)
print(s.name, s.size, s.log)
a = LoggedAccount("ann", balance=10)
print(a.owner, a.balance, a.log)


# A root class passing what is left on to `object.__init__`, which takes nothing.
class Root:
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ready = True


class Tagged(Root):
    def __init__(self, tag="t", **kwargs):
        super().__init__(**kwargs)
        self.tag = tag


print(Tagged(tag="x").tag, Tagged().ready)
try:
    Tagged(tag="y", colour="red")
except TypeError as e:
    print("TypeError:", e)

# A slice assigned from an iterator (next permutation's tail reversal).
digits = [1, 2, 3, 5, 4]
digits[3:] = reversed(digits[3:])
print(digits)
