"""Nested configuration and inventory data shown with `pprint`: short values on one line with
their dicts' keys sorted, long ones broken over lines in the width left, long strs split at
spaces, `width=`, `indent=`, `depth=`, `compact=`, `sort_dicts=False` and `pformat`."""
import io
import json
import pprint
from dataclasses import dataclass

config = {
    "server": {"host": "localhost", "port": 8080, "debug": True},
    "database": {"url": "postgres://user:secret@db.example.com:5432/inventory", "pool": 5},
    "features": ["search", "export", "audit-log", "notifications", "single-sign-on"],
    "limits": (100, 2.5, None),
}
pprint.pprint(config)
pprint.pprint({"b": 1, "a": 2, "c": [3, 2, 1]})
pprint.pprint(config, width=40)
pprint.pprint(config, indent=4, width=60)
pprint.pprint(config, depth=1)
pprint.pprint(config, sort_dicts=False, width=50)
pprint.pp({"z": 1, "a": 2})

stock = [("widget", 3, 2.5), ("gadget", 12, 0.75), ("doohickey", 1, 120.0), ("thingamajig", 40, 1.25)]
pprint.pprint(stock)
pprint.pprint(stock, width=30)
numbers = list(range(40))
pprint.pprint(numbers, compact=True, width=50)
pprint.pprint(numbers[:25], width=50)
pprint.pprint({"primes": {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67}, "big": 12345678901234567890})
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint(10**25, underscore_numbers=True)

text = ("The quick brown fox jumps over the lazy dog and keeps running far away into the "
        "distant hills, where nobody has ever seen a fox run quite so fast before.")
pprint.pprint(text)
pprint.pprint({"note": text, "lines": "first line\nsecond line that is rather long indeed, longer than the width\n"}, width=60)
pprint.pprint([[1, 2, [3, 4, [5, 6]]], {"k": {"deep": {"deeper": [1, 2, 3]}}}], depth=2)
report = pprint.pformat({"rows": stock, "total": sum(q * p for _, q, p in stock)}, width=50)
print(report.count("\n"), "line breaks")
print(report)
print(pprint.saferepr({"b": [1, 2], "a": (3,)}))
print(pprint.pformat([]), pprint.pformat({}), pprint.pformat(()), pprint.pformat(set()), pprint.pformat(""))


@dataclass
class Item:
    name: str
    qty: int


data = json.loads('{"users": [{"id": 1, "name": "Ann", "roles": ["admin", "dev"], "active": true}, {"id": 2, "name": "Bob", "roles": [], "active": false, "email": null}], "count": 2, "ratio": 0.5}')
pprint.pprint(data)
pprint.pprint(data, width=120)
buf = io.StringIO()
pprint.pprint({3: "c", 1: "a", 2: ["b"] * 30}, stream=buf)
print(buf.getvalue(), end="")
pprint.pprint([Item("bolt", 3), Item("nut", 10)])
pprint.pprint({i: i * i for i in range(12)}, width=30)
s = pprint.pformat(data["users"][0], indent=2, width=30)
print(s)
