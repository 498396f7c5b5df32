# Builtin types passed around as values and compared by identity: converters chosen by a
# `kind` parameter, schemas of column types.


def convert(text, kind=str):
    if kind is bool:
        return text.strip().lower() in ("1", "true", "yes")
    if kind is float:
        return round(float(text), 2)
    if kind == int:
        return int(text, 0)
    return text.strip()


SCHEMA = [("name", str), ("age", int), ("score", float), ("active", bool)]
ROWS = ["Ada, 0x24 , 91.256, yes", "Linus,51,78.5,no"]

for row in ROWS:
    fields = row.split(",")
    record = {name: convert(value, kind) for (name, kind), value in zip(SCHEMA, fields)}
    print(record)

for name, kind in SCHEMA:
    numeric = kind is int or kind is float
    print(f"{name}: {kind.__name__} {kind} numeric={numeric} text={kind == str}")


class Shape:
    pass


class Circle(Shape):
    pass


def label(cls):
    if cls == Circle:
        return "round"
    if cls is not Shape:
        return "unknown"
    return "generic"


print(label(Circle), label(Shape), Circle != Shape)
print(convert("7", int) + 1, convert(" x ") + "!", convert("TRUE", bool))
