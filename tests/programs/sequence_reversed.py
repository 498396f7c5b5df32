"""reversed() of classes with __len__ and __getitem__ (CPython's fallback, also beside an
__iter__), truth through __len__ (ValueError when negative), OrderedDict from keywords."""
from collections import OrderedDict


class Hand:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __iter__(self):
        return iter(self.cards)


class Row:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


class W:
    def __len__(self):
        return -1


h = Hand(["A", "K", "Q"])
print(list(reversed(h)), list(h), [c for c in reversed(Row(4))], "K" in h)
print(bool(Hand([])), bool(h), "yes" if Row(2) else "no")
print(OrderedDict(b=2, a=1), OrderedDict([("x", 1)], y=2))
try:
    print(bool(W()))
except ValueError as e:
    print("ValueError:", e)
if W():
    print("never")
