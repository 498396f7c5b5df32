# @classmethod alternative constructors: cls(...) and cls.attribute inside, called through the
# class and through instances.


class Point:
    created = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.created += 1

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def parse(cls, text, sep=","):
        parts = text.split(sep)
        return cls(int(parts[0]), int(parts[1]))

    @classmethod
    def count(cls):
        return cls.created

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(Point.origin(), Point.parse("3,4"), Point.parse("5;6", sep=";"))
p = Point(1, 2)
print(p.parse("7,8"), p.count(), Point.count())
