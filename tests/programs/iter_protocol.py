class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a = 0
        self.b = 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class Deck:
    def __init__(self):
        self.cards = []
        for suit in "SH":
            for rank in range(1, 4):
                self.cards.append(f"{rank}{suit}")

    def __len__(self):
        return len(self.cards)

    def __iter__(self):
        yield from self.cards


for n in Countdown(3):
    print("countdown", n)
print([x for x in Fib(50)])
for f in Fib(10):
    if f > 5:
        break
    print("fib", f)
else:
    print("no break")
for f in Fib(3):
    print("small", f)
else:
    print("exhausted")
d = Deck()
print(len(d), list(d), sum(1 for _ in d))
print(sorted(Countdown(4)))
