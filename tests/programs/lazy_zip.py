"""zip() and enumerate() over generators, iterator classes, dicts and sets: the
iterables are advanced one step at a time, as CPython's iterators are, so an
infinite generator is fine and side effects interleave with the loop body."""


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def read_records(lines):
    for line in lines:
        print("  reading", repr(line))
        name, _, score = line.partition("=")
        yield name.strip(), int(score)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        for c in self.cards:
            yield c.upper()


def main():
    lines = ["ann = 7", "bob = 3", "cy = 9"]
    for rank, (name, score) in enumerate(read_records(lines), 1):
        print(rank, name, score)
        if score > 8:
            print("found a high score")
            break

    for label, n in zip("abc", naturals(100)):
        print(label, n)

    ids = {name: i for i, (name, _) in zip(naturals(1), read_records(lines[:2]))}
    print(ids)

    prices = {"tea": 3, "cake": 5, "jam": 4}
    for i, item in enumerate(prices):
        print(i, item, prices[item])
    print([f"{k}:{v}" for k, v in zip(prices, prices.values())])

    for tick, left in zip(naturals(0), Countdown(3)):
        print("tick", tick, "left", left)
    else:
        print("countdown over")

    print(list(enumerate(Deck(["q", "k"]), start=10)))
    print(dict(zip(Deck(["a", "b", "c"]), naturals(1))))

    for pos, total in enumerate(sorted({4, 1, 3})):
        print(pos, total)

    best = -1
    for i, best in enumerate([]):
        print("never")
    print("best is still", best)

    pairs = zip([1, 2, 3], ["x", "y"])
    for p in pairs:
        print(p)
    words = ["delta", "alpha", "charlie"]
    print(max(enumerate(words), key=lambda t: t[1]))


main()
