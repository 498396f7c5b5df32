"""A card game with its own seeded generator (`random.Random(seed)`), next to the module's
functions: each generator keeps its own state, so two games with the same seed deal the
same hands whatever the module's generator does in between."""

import random
from dataclasses import dataclass


@dataclass
class Card:
    rank: int
    suit: str

    def __str__(self):
        names = {11: "J", 12: "Q", 13: "K", 14: "A"}
        return f"{names.get(self.rank, str(self.rank))}{self.suit}"


class Deck:
    def __init__(self, seed):
        self.cards = [Card(r, s) for s in "SHDC" for r in range(2, 15)]
        self.rng = random.Random(seed)

    def shuffle(self):
        self.rng.shuffle(self.cards)

    def deal(self, n):
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand


def play(seed):
    deck = Deck(seed)
    deck.shuffle()
    hands = [deck.deal(5) for _ in range(3)]
    for i, h in enumerate(hands, 1):
        print(i, " ".join(map(str, h)), "best:", max(h, key=lambda c: c.rank))
    scores = [sum(c.rank for c in h) for h in hands]
    return scores, deck.rng.randint(1, 6), round(deck.rng.uniform(0, 1), 6)


random.seed(7)
first = play(42)
print(first, random.randint(1, 100))
second = play(42)
print(second, first == second)
other = random.Random(2024)
print([other.randrange(0, 50, 5) for _ in range(5)], other.choice("xyz"), other.sample(range(20), 4))
print(round(other.random(), 10), other.getrandbits(40), other.choices("ab", k=4))
