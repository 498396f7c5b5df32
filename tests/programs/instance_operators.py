# Arithmetic dunders (__add__, __sub__, __mul__) and __len__ on user classes.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Bag:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)
        return self

    def __len__(self):
        return len(self.items)


a = Vec(1, 2)
b = Vec(3, -1)
print(a + b, a - b, a * 3, (a + b) * 2 - a)
total = Vec(0, 0)
for v in [a, b, Vec(10, 10)]:
    total = total + v
print(total, total == Vec(14, 11), total * 0 == Vec(0, 0))
bag = Bag().add("x").add("y")
print(len(bag), len(Bag()))
total += Vec(1, 1)
print(total)
class Vec2:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec2(self.x * k, self.y * k)

    def __radd__(self, n):
        return self.x + self.y + n

    def __repr__(self):
        return f"Vec2({self.x}, {self.y})"


u = Vec2(1, 2)
print(u * 3, 3 * u, -1 * u, 10 + u)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __neg__(self):
        return Money(-self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(250)
print(-m, -(-m), [-x for x in [m, Money(5)]])
