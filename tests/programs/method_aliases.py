"""Methods given a second name in the class body (`__rmul__ = __mul__`, `norm2 = length2`),
also inherited and overridden: the alias calls the method it names."""

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def length2(self):
        return self.x * self.x + self.y * self.y

    norm2 = length2

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2)
print(v * 3, 3 * v, (v + v).norm2(), v.length2())


class Scaled(Vec):
    def length2(self):
        return 2 * (self.x * self.x + self.y * self.y)


s = Scaled(1, 1)
print(s.length2(), s.norm2(), 2 * s, s * 2)
