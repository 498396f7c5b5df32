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


class Poly:
    """An alias in the middle of the body: the methods after it keep their defaults."""

    def __init__(self, coeffs):
        self.coeffs = coeffs

    def __add__(self, other):
        n = max(len(self.coeffs), len(other.coeffs))
        pad = lambda c: c + [0] * (n - len(c))
        return Poly([a + b for a, b in zip(pad(self.coeffs), pad(other.coeffs))])

    __radd__ = __add__

    def at(self, x=1, scale=1):
        return scale * sum(c * x**i for i, c in enumerate(self.coeffs))


p = Poly([1, 2]) + Poly([0, 0, 3])
print(p.coeffs, p.at(), p.at(2), p.at(scale=10))
