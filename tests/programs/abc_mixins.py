from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Iterator, Sized, Iterable


class Deck(Sequence):
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Settings(Mapping):
    def __init__(self, **values):
        self._values = dict(values)

    def __getitem__(self, key):
        return self._values[key.lower()]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __repr__(self):
        return f"Settings({self._values})"


class Registry(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


d = Deck(["A", "K", "Q", "J"])
print(len(d), d[0], "Q" in d, "2" in d, list(reversed(d)), d.index("Q"), d.count("K"))
print(list(d), [c for c in d if c != "K"], isinstance(d, Sequence), isinstance(d, Sized))
try:
    d.index("9")
except ValueError:
    print("no 9")
print(list(Countdown(3)), isinstance(Countdown(1), Iterator), sum(Countdown(4)))
s = Settings(host="localhost", port=8080)
print(s["HOST"], s.get("port"), s.get("user", "guest"), "host" in s, "user" in s)
print(sorted(s.keys()), sorted(s.items()), list(s.values()), len(s))
print(s == Settings(host="localhost", port=8080), s == {"host": "localhost", "port": 8080}, s != Settings())
print(isinstance(s, Mapping), isinstance(s, MutableMapping), s.keys())
r = Registry()
r["a"] = 1
r.update({"b": 2}, c=3)
r.update([("d", 4)])
print(len(r), dict(r), r.setdefault("e", 5), r.setdefault("a", 9), r.pop("b"), r.pop("zz", 0))
print(r.popitem(), sorted(r), isinstance(r, MutableMapping))
r.clear()
print(len(r), dict(r))
st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
print(list(st), st.pop(), st.pop(0), list(st))
st.reverse()
st.remove(3)
print(list(st), 4 in st, isinstance(st, MutableSequence), isinstance(st, Sequence))
