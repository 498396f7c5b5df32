"""type(self) and self.__class__ naming the instance's class in methods: constructing
another instance (also of a subclass that inherits the method), class counters, isinstance."""


class Vec:
    made = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Vec.made += 1

    def __add__(self, o):
        return type(self)(self.x + o.x, self.y + o.y)

    def scaled(self, k):
        return self.__class__(self.x * k, self.y * k)

    def __eq__(self, o):
        return isinstance(o, type(self)) and (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Point(Vec):
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter:
    instances = 0

    def __init__(self):
        type(self).instances += 1
        self.id = type(self).instances

    def clone(self):
        return type(self)()


a = Vec(1, 2) + Vec(3, 4)
p = Point(1, -2) + Point(2, 2)
print(a, p, p.norm1(), p.scaled(3), a.scaled(2))
print(a == Vec(4, 6), p == Vec(3, 0), Vec(3, 0) == p, type(p).__name__)
c = Counter()
d = c.clone()
print(c.id, d.id, Counter.instances, Vec.made)


class Token:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.__class__ is o.__class__ and self.v == o.v

    def same_kind(self, o):
        return type(self) is type(o)


class Word(Token):
    pass


print(Token(1) == Token(1), Token(1) == Word(1), Token(1).same_kind(Word(2)), Word(1).same_kind(Word(2)))
print(Token(1).__class__, type(Word(1)) == Token(2).__class__, Word(1).__class__ is Word(2).__class__)


# An alias of such a method (`__rmul__ = __mul__`) names the subclass too.
class Quantity:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        return type(self)(self.v * k)

    __rmul__ = __mul__

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"


class Mass(Quantity):
    pass


class Grams(Mass):
    pass


print(3 * Mass(2), Mass(2) * 3, 2 * Quantity(1), Grams(1) * 5, 5 * Grams(1))
