"""Alternative constructors: @classmethod factories that unpack parsed fields into cls(...),
count what they made, and name their class, inherited by a subclass; CPython's TypeErrors when
the fields do not fit."""


class Point:
    parsed = 0

    def __init__(self, x, y, label="?"):
        self.x = x
        self.y = y
        self.label = label

    @classmethod
    def parse(cls, text):
        cls.parsed += 1
        return cls(*[int(p) for p in text.split(",")])

    @classmethod
    def from_fields(cls, fields):
        return cls(**fields)

    @classmethod
    def origin(cls):
        return cls(0, 0, label="origin")

    @classmethod
    def kind(cls):
        return cls.__name__.lower()

    @classmethod
    def describe(cls):
        return f"{cls.__name__}: {cls.parsed} parsed"

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y}, {self.label!r})"


class Pixel(Point):
    """Inherits the factories: through Pixel, `cls` is Pixel."""

    def __repr__(self):
        return f"Pixel<{self.x},{self.y}>"


def main():
    pts = [Point.parse(t) for t in ("1,2", "3,4", "5,6,7")]
    print(pts, Point.describe(), Point.__name__)
    print(Point.from_fields({"x": 0, "y": -1, "label": "origin-ish"}))
    for bad in ("1", "1,2,3,4"):
        try:
            Point.parse(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        Point.from_fields({"x": 1, "z": 2})
    except TypeError as e:
        print("TypeError:", e)
    print(Point.describe())
    shapes = [Point.origin(), Pixel.origin(), Pixel(7, 8)]
    print(shapes, [s.kind() for s in shapes], Pixel.kind(), type(Pixel.origin()).__name__)

    # Classmethods as values: through the class, and bound through an instance.
    makers = {"point": Point.origin, "pixel": Pixel.origin}
    print([makers[k]() for k in sorted(makers)], Point.parse("9,9"))
    origin = Pixel.origin
    kinds = [s.kind for s in shapes]
    print(origin(), [k() for k in kinds])
    print(list(map(Point.parse, ["1,1", "2,2"])))


main()
