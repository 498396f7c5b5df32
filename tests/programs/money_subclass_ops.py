"""Money arithmetic with a subclass whose reflected operators go first, and a mapping
wrapper (built on collections.abc) compared with plain dicts."""
from collections.abc import Mapping, MutableMapping


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __rmul__(self, k):
        return self * k

    def __repr__(self):
        return f"{type(self).__name__}({self.cents / 100:.2f})"


class Fee(Money):
    """A fee absorbs what it is added to, rounding the total up to whole units."""

    def __radd__(self, other):
        total = other.cents + self.cents
        return Fee(-(-total // 100) * 100)

    def __rmul__(self, k):
        return Fee(self.cents * k + 1)


order = Money(1999) + Money(500)
print(order, Money(250) + Fee(30), Fee(30) + Money(250), 3 * Fee(10), Fee(10) * 3)
print(sum([Money(100), Money(250)]), sum([Money(5), Money(95)], Money(0)))


class Headers(MutableMapping):
    def __init__(self, **items):
        self._store = {k.lower(): v for k, v in items.items()}

    def __getitem__(self, key):
        return self._store[key.lower()]

    def __setitem__(self, key, value):
        self._store[key.lower()] = value

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return iter(self._store)

    def __len__(self):
        return len(self._store)

    def __eq__(self, other):
        if not isinstance(other, Headers):
            return NotImplemented
        return self._store == other._store


h = Headers(Host="example.org", Accept="*/*")
h["X-Trace"] = "1"
print(len(h), h["HOST"], sorted(h), isinstance(h, Mapping))
print(h == Headers(host="example.org", accept="*/*", x_trace="1"), h == {"host": "example.org"})
print(h == h, h != {"host": "x"}, Headers() == Headers())
