"""A report from rows of dicts: str.format(**row) and str.format_map(row) with literal
templates (field specs, nested specs, keywords next to the mapping, CPython's KeyError)."""

rows = [
    {"name": "widget", "qty": 3, "price": 2.5},
    {"name": "gadget", "qty": 12, "price": 10.0},
    {"name": "gizmo", "qty": 0, "price": 99.99},
]
header = {"name": "Name", "qty": "Qty", "price": "Price"}
print("{name:<10}|{qty:>4}|{price:>8}".format(**header))
for row in rows:
    print("{name:<10}|{qty:>4}|{price:8.2f}".format(**row))
    print("{name} costs {price}".format_map(row))

labels = {"first": "Ada", "last": "Lovelace"}
print("{last}, {first} ({0})".format("mathematician", **labels))
print("{{braces}} {first}{first}".format_map(labels))
widths = {"v": 3.14159, "w": 9}
print("[{v:{w}.3f}]".format(**widths))
try:
    print("{first} {middle}".format(**labels))
except KeyError as e:
    print("KeyError:", e)
