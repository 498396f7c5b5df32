# Comparisons of instances: __eq__ / __lt__ when the class defines them, identity otherwise.


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return self.rank == other.rank and self.suit == other.suit

    def __lt__(self, other):
        return self.rank < other.rank


class Token:
    def __init__(self, text):
        self.text = text


a = Card(10, "h")
b = Card(10, "h")
c = Card(3, "s")
print(a == b, a != b, a == c, a != c)
print(c < a, a < c, c < a < Card(12, "d"))
t = Token("x")
u = Token("x")
same = t
print(t == u, t == same, t != u, t != same)
print(t == None, t != None)
best = None
for card in [c, a, Card(7, "d")]:
    if best is None or best < card:
        best = card
print(best.rank, best == a)
