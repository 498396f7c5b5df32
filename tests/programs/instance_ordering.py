class V:
    def __init__(self, x):
        self.x = x
    def __lt__(self, other):
        return self.x < other.x
    def __repr__(self):
        return f"V({self.x})"

vs = [V(3), V(1), V(2)]
print(sorted(vs))
print(min(vs), max(vs))
print(max([V(5), V(7)]))
vs.sort(reverse=True)
print(vs)
pairs = [(3, "c"), (1, "z"), (1, "a")]
print(min(pairs), max(pairs), min("hello"), max({4: 1, 9: 2}), min(range(5, 10)))


class Ver:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __gt__(self, other):
        return (self.major, self.minor) > (other.major, other.minor)

    def __repr__(self):
        return f"{self.major}.{self.minor}"


vers = [Ver(1, 2), Ver(3, 0), Ver(2, 9)]
print(max(vers), min(vers), Ver(1, 0) < Ver(0, 9))
print(min([]))
