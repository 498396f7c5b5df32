"""Python's comparison rules between a class and its subclass: the subclass's reflected
method goes first when it overrides it; a class that defines __eq__ without __hash__ is
unhashable even when its base is hashable."""


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        print("  Money.__eq__")
        return self.cents == other.cents

    def __lt__(self, other):
        print("  Money.__lt__")
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)


class Bonus(Money):
    def __eq__(self, other):
        print("  Bonus.__eq__")
        return False

    def __gt__(self, other):
        print("  Bonus.__gt__")
        return self.cents > other.cents


class Tip(Money):
    pass


print(Money(5) == Bonus(5))
print(Money(5) != Bonus(5))
print(Bonus(5) == Money(5))
print(Money(1) < Bonus(2))
print(Money(5) == Tip(5), Money(1) < Tip(2))

print("Money", len({Money(1), Money(1), Money(2)}))
print("Tip", len({Tip(1), Tip(1), Tip(2)}))
try:
    print("Bonus", len({Bonus(1), Bonus(1), Bonus(2)}))
except TypeError as e:
    print("Bonus", "TypeError:", e)


class Point:
    def __init__(self, x):
        self.x = x


class Labeled(Point):
    def __eq__(self, other):
        return self.x == other.x


print(len({Point(1), Point(1)}))
try:
    print(len({Labeled(1)}))
except TypeError as e:
    print("TypeError:", e)
