"""Mixins and multiple inheritance: a small inventory with reusable behaviour classes (repr,
comparison, serialization, events), a diamond, cooperative super() calls, an exception
mixin and dataclasses combined with mixins."""
from dataclasses import dataclass


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.fields())
        return f"{type(self).__name__}({fields})"


class OrderMixin:
    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __hash__(self):
        return hash(self.key())


class JsonMixin:
    indent = 2

    def to_json(self):
        parts = [f'"{k}": {v!r}' for k, v in self.fields()]
        return "{" + ", ".join(parts) + "}"

    @property
    def width(self):
        return len(self.to_json()) + self.indent

    @classmethod
    def kind(cls):
        return cls.__name__.lower()


class EventMixin:
    def emit(self, event):
        self.events.append(f"{type(self).__name__}:{event}")

    def twin(self):
        return type(self)(self.name + "'", self.price)


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
        self.events = []

    def fields(self):
        return [("name", self.name), ("price", self.price)]

    def key(self):
        return (self.price, self.name)

    def describe(self):
        return f"{self.name} at {self.price}"


class Book(ReprMixin, OrderMixin, Item):
    def __init__(self, name, price, author="anon"):
        super().__init__(name, price)
        self.author = author

    def fields(self):
        return super().fields() + [("author", self.author)]


class Tool(OrderMixin, Item, ReprMixin, JsonMixin, EventMixin):
    indent = 4

    def describe(self):
        self.emit("described")
        return "tool " + super().describe()


class PowerTool(Tool):
    def key(self):
        return (-self.price, self.name)


stock = [Book("dune", 12, "herbert"), Tool("saw", 20), PowerTool("drill", 55), Book("emma", 9)]
for it in stock:
    print(repr(it), "|", it.describe())
    print("  mixins:", isinstance(it, ReprMixin), isinstance(it, JsonMixin), isinstance(it, EventMixin))
print(sorted(stock))
print(min(stock), max(stock))
print(len({Book("x", 1), Book("x", 1), Tool("x", 1)}), Book("a", 3) == Tool("a", 3))
tools = [s for s in stock if isinstance(s, JsonMixin)]
print([t.to_json() for t in tools], [t.width for t in tools])
print(Tool.kind(), PowerTool.kind(), tools[0].kind(), Tool.indent, PowerTool.indent, JsonMixin.indent)
saw = stock[1]
copy = saw.twin()
copy.emit("copied")
print(copy, saw.events, copy.events, type(copy).__name__)
print(issubclass(PowerTool, Item), issubclass(PowerTool, EventMixin), issubclass(Book, JsonMixin))


# A diamond: D's method resolution order is D, B, C, A.
class A:
    def who(self):
        return "A"

    def path(self):
        return ["A"]


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"

    def path(self):
        return ["C"] + A.path(self)


class D(B, C):
    pass


shapes = [A(), B(), C(), D()]
print([s.who() for s in shapes], [s.path() for s in shapes])
print([type(s).__name__ for s in shapes if isinstance(s, C)], [isinstance(s, B) for s in shapes])


class Retryable:
    retries = 3

    def describe(self):
        return f"{type(self).__name__} after {self.retries} retries: {self}"


class NetworkError(Retryable, OSError):
    pass


class TimeoutFailure(NetworkError):
    retries = 5


for exc in (NetworkError("down"), TimeoutFailure("timed out")):
    try:
        raise exc
    except NetworkError as e:
        print("caught", repr(e), isinstance(e, Retryable), isinstance(e, OSError), e.describe())


class Ranked:
    def __lt__(self, other):
        return self.rank() < other.rank()


@dataclass
class Card(Ranked):
    suit: str
    value: int

    def rank(self):
        return self.value


@dataclass
class Trump(Card, JsonMixin):
    def rank(self):
        return self.value + 100

    def fields(self):
        return [("suit", self.suit)]


hand = [Card("h", 5), Trump("s", 2), Card("d", 9)]
print(sorted(hand), max(hand), hand[1].to_json(), Trump.kind())
print(hand[0] == Card("h", 5), hand[1] == Card("s", 2), isinstance(hand[1], JsonMixin))

# Cooperative multiple inheritance: each super() call continues the instance's order.
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["base"]

    def describe(self):
        return [f"Base({self.name})"]


class Left(Base):
    def __init__(self, name):
        super().__init__(name)
        self.log.append("left")

    def describe(self):
        return ["Left"] + super().describe()


class Right(Base):
    def __init__(self, name):
        super().__init__(name)
        self.log.append("right")

    def describe(self):
        return ["Right"] + super().describe()


class Both(Left, Right):
    def __init__(self, name):
        super().__init__(name.upper())
        self.log.append("both")

    def describe(self):
        return ["Both"] + super().describe()


for obj in (Left("l"), Right("r"), Both("b")):
    print(type(obj).__name__, obj.name, obj.log, obj.describe())
things = [Left("x"), Both("y")]
print([t.describe() for t in things])


raise TimeoutFailure("gave up")
