# Sorting instances of a class that defines only __gt__: CPython answers a < b with b > a.

class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"G({self.v})"
xs = [G(3), G(1), G(2)]
print(sorted(xs), sorted(xs, reverse=True), max(xs), min(xs))
xs.sort()
print(xs)


class Money:
    def __init__(self, c):
        self.c = c

    def __lt__(self, o):
        return self.c < o.c

    def __repr__(self):
        return f"Money({self.c})"


a, b, c = Money(5), Money(2), Money(9)
print(min(a, b), max(a, b), min(a, b, c), max(c, a, b), max(Money(1), Money(1)))
print(min(G(3), G(1)), max(G(3), G(7), G(5)))
