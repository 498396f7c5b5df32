"""Instances that reach a loop only through a tuple of mixed values (or `*args`) keep their
dunders: truth, ==, len, arithmetic and iteration all go to the class."""


class Empty:
    def __bool__(self):
        return False

    def __eq__(self, other):
        return True

    def __len__(self):
        return 7


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other)

    def __repr__(self):
        return f"Money({self.cents})"


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


for x in (1, Empty()):
    print(bool(x), x == 5, "yes" if x else "no")
for it in ("ab", Empty()):
    print(len(it))
for s in (2.5, Money(150)):
    print(s + 1)
for it in ([0], Fib(10)):
    print(list(it))


def chain_all(*its):
    for it in its:
        yield from it


print(list(chain_all("ab", Fib(20))))
values = (3, "x", Money(5))
for i in range(len(values)):
    print(i, values[i])
print(values[2] + 10)
