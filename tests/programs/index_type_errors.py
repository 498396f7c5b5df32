# Loaders over nested documents: a branch that indexes a str with a str never runs for these
# inputs (CPython raises TypeError only if it does); indexing with a key of the wrong type
# raises CPython's TypeError when it runs.
from typing import Any, Dict


def city(address: Dict[str, str]) -> str:
    return address["city"]


def load(doc: Dict[str, Any]) -> str:
    if "address" in doc:
        return city(doc["address"])
    return "no address"


def pick(items, key):
    return items[key]


print(load({"name": "Ada"}))
for container, key in [("hello", "h"), ((1, 2), "0")]:
    try:
        print(pick(container, key))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(pick([1, 2, 3], "1"))
except TypeError as e:
    print("TypeError:", e)
print(pick([1, 2, 3], None))
