"""Accumulators written the everyday way: a parameter that starts as an int (often a
default of 0) and is updated in place with `+=`, `-=`, `*=`, `//=` by floats or ints, so
that its type depends on what flows in."""


def total(xs, start=0):
    for v in xs:
        start += v
    return start


def weighted(pairs, acc):
    for value, weight in pairs:
        acc += value * weight
    return acc


def shrink(n, times):
    for _ in range(times):
        n //= 2
        n -= 0.5
    return n


def compound(amount, rate, years):
    for _ in range(years):
        amount *= 1 + rate
    return round(amount, 2)


class Ledger:
    def __init__(self):
        self.entries = []

    def balance(self, opening):
        for e in self.entries:
            opening += e
        return opening


def main():
    print(total([1, 2, 3]), total([0.5, 1.5]), total([0.5, 1.5], 10), total([], 7))
    print(weighted([(1.5, 2), (2.0, 3)], 0), weighted([(2, 3)], 1))
    print(shrink(9, 1), shrink(100, 3))
    print(compound(1000, 0.05, 3), compound(1000, 0, 2))
    ledger = Ledger()
    ledger.entries = [12.5, -3.25, 40.0]
    print(ledger.balance(100), ledger.balance(0.0))
    flags = [True, False, True]
    print(total(flags), total(flags, 0.5))


main()
