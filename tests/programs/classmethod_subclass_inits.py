"""Alternative constructors (`@classmethod` making `cls(...)`) on a base class whose
subclasses take other `__init__` arguments: only the classes the program calls them through
need them to fit."""


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @classmethod
    def named(cls, name):
        return cls(name.strip().lower())

    @classmethod
    def from_spec(cls, spec):
        kind, _, rest = spec.partition(":")
        return cls(kind + "/" + rest)

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.name}: {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    @classmethod
    def square(cls, side):
        return cls(side, side)

    def area(self):
        return self.w * self.h


class Board(Rect):
    def __init__(self, w, h):
        super().__init__(w, h)
        self.name = "board"


class Blob(Shape):
    def area(self):
        return 1.5


shapes = [Shape.named("  Dot "), Shape.from_spec("line:3"), Rect(2, 3), Rect.square(4),
          Board.square(5), Blob.named("BLOB"), Blob("blob2")]
for s in shapes:
    print(s.describe(), type(s).__name__)
print(Shape.count)
