"""Alternate constructors inherited by record classes: `cls(*fields)` and `cls(**row)` build
whichever class the classmethod was called on, from parsed rows."""


class Record:
    @classmethod
    def from_fields(cls, fields):
        return cls(*fields)

    @classmethod
    def from_row(cls, row):
        return cls(**row)

    @classmethod
    def from_line(cls, line, sep=","):
        return cls.from_fields([f.strip() for f in line.split(sep)])

    def fields(self):
        return []

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.fields())
        return f"{type(self).__name__}({items})"


class Marker(Record):
    pass


class User(Record):
    def __init__(self, name, email, role="member"):
        self.name = name
        self.email = email
        self.role = role

    def fields(self):
        return [("name", self.name), ("email", self.email), ("role", self.role)]


class Product(Record):
    def __init__(self, sku, title, price="0", *tags):
        self.sku = sku
        self.title = title
        self.price = float(price)
        self.tags = list(tags)

    def fields(self):
        return [("sku", self.sku), ("title", self.title), ("price", self.price), ("tags", self.tags)]


print(User.from_fields(["ada", "ada@example.com"]))
print(User.from_line("bob, bob@example.com, admin"))
print(Product.from_line("p-1;Lamp;19.5;home;light", sep=";"))
print(Product.from_fields(("p-2", "Desk")))
print(User.from_row({"name": "cy", "email": "cy@example.com"}))
print(type(Marker.from_fields([])).__name__, type(Marker.from_row({})).__name__)

for cls, fields in [(User, ["only-name"]), (Marker, ["x"]), (User, ["a", "b", "c", "d"])]:
    try:
        cls.from_fields(fields)
    except TypeError as e:
        print("TypeError:", e)
try:
    Marker.from_row({"x": 1})
except TypeError as e:
    print("TypeError:", e)


class Empty:
    pass


parts = []
print(type(Empty(*parts)).__name__, type(Empty(*parts, **{})).__name__)
try:
    Empty(*"ab")
except TypeError as e:
    print("TypeError:", e)
