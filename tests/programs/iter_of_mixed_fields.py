"""Points whose coordinates are ints in some instances and floats in others, iterated through
`__iter__` returning `iter((self.x, self.y))` (an iterator known only when it runs):
unpacking, list(), sum(), max() and for loops over them."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __iter__(self):
        return iter((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


points = [Point(1, 2), Point(0.5, 4), Point(-3, 2.25)]
for p in points:
    x, y = p
    print(p, list(p), x + y, max(p))
print(sum(sum(p) for p in points))
for coordinate in Point("a", 3):
    print(repr(coordinate))
flat = [c for p in points for c in p]
print(flat, sorted(flat))
