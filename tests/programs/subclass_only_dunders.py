"""Geometry where the base class defines no operators and its subclasses do: arithmetic,
negation and ordering of base-typed values call the subclass's dunders (CPython's
TypeError naming the instance's own class where it has none), and `isinstance` narrows a
base-typed value to the subclass."""


class Shape:
    def __init__(self, name):
        self.name = name


class Poly(Shape):
    def __init__(self, name, pts):
        super().__init__(name)
        self.pts = pts

    def __len__(self):
        return len(self.pts)

    def __iter__(self):
        yield from self.pts

    def __add__(self, other):
        return Poly(self.name + "+", self.pts + [(other, other)])

    def __radd__(self, other):
        return f"{other}+{self.name}"

    def __neg__(self):
        return Poly("-" + self.name, [(-x, -y) for x, y in self.pts])

    def __lt__(self, other):
        return len(self.pts) < len(other.pts)

    def corners(self):
        return len(self.pts)


class Square(Poly):
    def __init__(self, side):
        super().__init__("square", [(0, 0), (side, 0), (side, side), (0, side)])


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r


shapes = [Poly("tri", [(0, 0), (1, 0), (0, 1)]), Square(2), Circle(2)]
for s in shapes:
    if isinstance(s, Poly):
        print(s.name, len(s), list(s)[:2], s.corners())
    elif isinstance(s, Circle):
        print(s.name, s.r)

tri, sq, circle = shapes
grown = tri + 5
print(grown.name, len(grown), (-tri).pts, 1 + tri, "x" + sq)
print(tri < sq, sq < tri, sq > tri)
for f in (lambda: circle + 1, lambda: 2 + circle, lambda: -circle):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
try:
    print(circle < tri)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
