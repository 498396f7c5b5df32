"""Alternative constructors and class-level settings extended through `super()`: a
classmethod calling its base's classmethod runs it with `cls` the class the call came
through, along a chain of subclasses, from instance methods too."""


class Schema:
    required = ("id",)
    name = "schema"

    @classmethod
    def fields(cls):
        return list(cls.required)

    @classmethod
    def describe(cls):
        return f"{cls.name}: {', '.join(cls.fields())}"

    @classmethod
    def validate(cls, record):
        missing = [f for f in cls.fields() if f not in record]
        if missing:
            raise ValueError(f"{cls.__name__} missing {missing}")
        return True


class UserSchema(Schema):
    required = ("id", "email")
    name = "user"

    @classmethod
    def fields(cls):
        return super().fields() + ["created"]

    @classmethod
    def validate(cls, record):
        super().validate(record)
        if "@" not in record["email"]:
            raise ValueError(f"{cls.__name__}: bad email {record['email']!r}")
        return True


class AdminSchema(UserSchema):
    required = ("id", "email", "role")
    name = "admin"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def parse(cls, text):
        x, y = text.split(",")
        return cls(int(x), int(y))

    def kind(self):
        return "point"

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y}, {self.kind()})"


class Pixel(Point):
    @classmethod
    def parse(cls, text):
        p = super().parse(text.strip("()"))
        p.x = max(0, p.x)
        return p

    def kind(self):
        return "pixel"

    def name(self):
        return f"{super().origin()!r} -> {self!r}"


class HiDpiPixel(Pixel):
    def kind(self):
        return "hidpi"


for schema in (Schema, UserSchema, AdminSchema):
    print(schema.describe())
records = [
    {"id": 1},
    {"id": 2, "email": "a@b.c", "created": 0},
    {"id": 3, "email": "nobody", "created": 0},
    {"id": 4, "email": "x@y.z", "created": 0, "role": "ops"},
    {"id": 5, "email": "x@y.z", "created": 0},
]
for schema in (Schema, UserSchema, AdminSchema):
    for r in records:
        try:
            schema.validate(r)
            print(schema.name, r["id"], "ok")
        except ValueError as e:
            print(schema.name, r["id"], "error:", e)

print(Point.parse("3,4"), Pixel.parse("(-2,5)"), HiDpiPixel.parse("(7,-1)"))
print(Pixel.origin(), HiDpiPixel.origin())
print(Pixel(1, 2).name())
print(HiDpiPixel(3, 4).name())
