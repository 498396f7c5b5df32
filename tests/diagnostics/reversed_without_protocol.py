"""reversed() of an instance whose class defines no __reversed__."""


class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


print(list(reversed(Deck())))
