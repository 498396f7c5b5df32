# Exact-type checks and sums with a start value, as bookkeeping code uses them.


class Entry:
    def __init__(self, amount, memo=""):
        self.amount = amount
        self.memo = memo

    def __eq__(self, other):
        if type(self) != type(other):
            return False
        return self.amount == other.amount and self.memo == other.memo

    def __repr__(self):
        return f"{type(self).__name__}({self.amount})"


class Refund(Entry):
    pass


def kind(value):
    if type(value) is int:
        return "int"
    if type(value) == float:
        return "float"
    if type(value) is not str:
        return "other"
    return "str"


def main():
    entries = [Entry(10), Refund(10), Entry(10), Refund(-3, "late")]
    print(entries[0] == entries[2], entries[0] == entries[1], entries[1] == Refund(10))
    print([type(e) is Refund for e in entries], [type(e) == Entry for e in entries])
    print(sum((e.amount for e in entries), 100), sum([e.amount for e in entries], start=-5))
    print(sum([0.1] * 10, 0.0), sum([0.1] * 10, 1), sum([0.25, 0.5], start=2))
    print(sum([[1, 2], [3]], []), sum([(1,), (2, 3)], ()))
    print(kind(3), kind(2.5), kind("x"), kind(True))
    same = [a for a in entries for b in entries if a is not b and type(a) is type(b)]
    print(len(same))


main()
