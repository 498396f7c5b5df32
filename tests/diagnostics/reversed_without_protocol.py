"""reversed() of an instance whose class defines neither __reversed__ nor __len__ and
__getitem__ (CPython: TypeError, 'Deck' object is not reversible)."""


class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]

    def __iter__(self):
        return iter(self.cards)


print(list(reversed(Deck())))
