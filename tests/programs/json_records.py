"""Serializing application records to JSON: dataclasses through `default=`, tuples, sets,
keys of every kind, floats at the edges, and the errors json raises."""
import json
from dataclasses import dataclass, asdict, field


@dataclass
class Item:
    sku: str
    qty: int
    price: float


@dataclass
class Order:
    id: int
    customer: str
    items: list = field(default_factory=list)
    notes: str = ""


class Money:
    def __init__(self, cents):
        self.cents = cents


def to_json(obj):
    if isinstance(obj, Money):
        return {"amount": obj.cents / 100, "currency": "EUR"}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot serialize {type(obj).__name__}")


orders = [
    Order(1, "Zoë", [Item("A-1", 2, 9.99), Item("B-7", 1, 120.0)], "leave at door"),
    Order(2, "Bob", [Item("C-3", 10, 0.1)]),
]
for o in orders:
    print(json.dumps(asdict(o)))
print(json.dumps([asdict(o) for o in orders], indent=1))

total = sum(i.qty * i.price for o in orders for i in o.items)
print(json.dumps({"total": total, "count": len(orders)}))

print(json.dumps({"price": Money(1999)}, default=to_json))
print(json.dumps({"tags": {"b", "a", "c"}}, default=to_json))
print(json.dumps([1, (2, 3), [4, (5,)]]))

# Keys: ints, floats, bools and None become strings; the others are errors or skipped.
print(json.dumps({3: "three", 2.5: "float", None: "none", False: "no"}))
print(json.dumps({"b": 2, "a": 1, "c": {"z": 0, "y": 1}}, sort_keys=True))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "tuple key", "kept": 1}, skipkeys=True))
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

# Floats.
print(json.dumps([0.1 + 0.2, 1e16, 1e-7, -0.0, 2.0 ** 70, 10 ** 25]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
try:
    json.dumps({"x": float("inf")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

# Strings.
text = 'He said "hi"\\n\ttab \u00e9\u4e2d\U0001f680 \x00\x1f\x7f'
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
print(json.loads(json.dumps(text)) == text)

# What json cannot encode.
try:
    json.dumps({"when": Money(5)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([1, {2, 3}])
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object(), default=to_json)
except TypeError as e:
    print("TypeError:", e)

cycle = {"name": "loop"}
cycle["self"] = [cycle]
try:
    json.dumps(cycle)
except ValueError as e:
    print("ValueError:", e)

# Decoding into records again.
raw = json.dumps([asdict(o) for o in orders])
restored = []
for d in json.loads(raw):
    items = [Item(i["sku"], i["qty"], i["price"]) for i in d["items"]]
    restored.append(Order(d["id"], d["customer"], items, d["notes"]))
print(restored == orders)
print(restored[0])
print(sum(len(o.items) for o in restored))
print(json.dumps({"orders": len(restored)}, indent=2, separators=(",", " = ")))

# Hooks: objects decoded straight into records, pairs kept in order, numbers as text.
def as_item(d):
    if "sku" in d:
        return Item(d["sku"], d["qty"], d["price"])
    return d


decoded = json.loads(json.dumps([asdict(i) for i in orders[0].items]), object_hook=as_item)
print(decoded, decoded[0].qty * decoded[0].price)
print(json.loads('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads("[1.10, 2, 3e2]", parse_float=str, parse_int=lambda t: int(t) * 100))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda name: "<" + name + ">"))
