"""Classes used as values: a registry of shape classes, factories taking a class, class
attributes read through the class, identity and equality, classes as dict keys, isinstance
and issubclass against a class held in a variable, and exception classes raised by value."""


class Shape:
    sides = 0
    label = "shape"

    def __init__(self, size=1.0):
        self.size = size

    def area(self):
        return 0.0

    def __repr__(self):
        return f"{type(self).__name__}({self.size})"


class Square(Shape):
    sides = 4
    label = "square"

    def area(self):
        return self.size * self.size


class Circle(Shape):
    label = "circle"

    def area(self):
        return 3.14159 * self.size ** 2


class Triangle(Shape):
    sides = 3
    label = "triangle"

    def __init__(self, size=1.0, height=2.0):
        super().__init__(size)
        self.height = height

    def area(self):
        return 0.5 * self.size * self.height


REGISTRY = {"square": Square, "circle": Circle, "triangle": Triangle}


def build(spec):
    shapes = []
    for line in spec.strip().splitlines():
        kind, size = line.split()
        cls = REGISTRY[kind]
        shapes.append(cls(float(size)))
    return shapes


def make_all(classes, size):
    return [cls(size) for cls in classes]


def describe(cls):
    return f"{cls.__name__:<9} label={cls.label:<8} sides={cls.sides}"


shapes = build("""
square 2
circle 1.5
triangle 3
square 0.5
""")
print(shapes)
print([round(s.area(), 3) for s in shapes])
for cls in (Square, Circle, Triangle, Shape):
    print(describe(cls))

print(make_all([Square, Circle], 3.0))
print(make_all((Triangle,), 1.0)[0].height)

# Printing a class, and its type.
print(Square, REGISTRY["circle"])
print(str(Triangle), repr(Shape), f"<{Circle}>")
print(type(Square).__name__)

# Identity, equality and hashing.
chosen = REGISTRY["square"]
print(chosen is Square, chosen is Circle, chosen == Square, chosen != Triangle)
tally = {}
for s in shapes:
    for cls in REGISTRY.values():
        if type(s).__name__ == cls.__name__:
            tally[cls] = tally.get(cls, 0) + 1
print({cls.__name__: n for cls, n in tally.items()})
kinds = [Square, Circle, Square]
print(kinds.count(Square), kinds.index(Circle), Triangle in kinds)


# isinstance / issubclass against a class in a variable.
def matching(items, cls):
    return [x for x in items if isinstance(x, cls)]


print(matching(shapes, Square), len(matching(shapes, Shape)))
for cls in (Square, Shape):
    print(cls.__name__, issubclass(cls, Shape), issubclass(cls, Square))
try:
    matching(shapes, 42)
except TypeError as e:
    print("TypeError:", e)


# A constructor's default arguments and keywords through the value.
maker = Triangle
print(maker().area(), maker(size=2.0, height=5.0).area(), maker(4.0).height)


class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field


class MissingField(ValidationError):
    pass


def check(record, error_class):
    for field in ("name", "age"):
        if field not in record:
            raise error_class(field, "missing")
    return True


for err in (ValidationError, MissingField):
    try:
        check({"name": "ada"}, err)
    except ValidationError as e:
        print(type(e).__name__, e, e.field, err is MissingField)


class Plain:
    pass


def instantiate(cls):
    return cls()


print(type(instantiate(Plain)).__name__)
try:
    for cls in (Square, Plain):
        obj = instantiate(cls)
        print(type(obj).__name__)
    Plain.__name__
    instantiate(Square)
    broken = [Square, Plain]
    for cls in broken:
        cls(2.0)
except TypeError as e:
    print("TypeError:", e)

for cls in (Circle, Plain):
    try:
        print(cls.__name__, cls.label)
    except AttributeError as e:
        print("AttributeError:", e)


class Timeout(ValidationError):
    def __init__(self, field="network", reason="timed out"):
        super().__init__(field, reason)


def fail_with(error_class):
    raise error_class


try:
    fail_with(Timeout)
except ValidationError as e:
    print("bare raise:", type(e).__name__, e)
