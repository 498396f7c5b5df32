"""Duck typing over values of mixed types: hasattr() decides what each value can do."""
from collections import defaultdict


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    def add(self, child):
        self.children.append(child)
        return child

    def to_dict(self):
        return {"value": self.value, "children": [c.to_dict() for c in self.children]}


class Tag:
    kind = "tag"

    def __init__(self, name):
        self.name = name


class Lazy:
    def __init__(self):
        pass

    def load(self):
        self.cached = 42


def serialize(obj):
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if hasattr(obj, "items"):
        return {str(k): serialize(v) for k, v in obj.items()}
    if hasattr(obj, "__iter__") and not isinstance(obj, str):
        return [serialize(x) for x in obj]
    return obj


root = Node("root")
root.add(Node("a")).add(Node("a1"))
root.add(Node("b"))

record = {
    "tree": root,
    "numbers": [1, 2, 3],
    "title": "report",
    "missing": None,
    "ratio": 0.25,
    "pair": (4, 5),
    "flag": True,
}
print(serialize(record["tree"]))
for key, value in record.items():
    abilities = [
        name
        for name in ("__len__", "append", "keys", "to_dict", "upper", "real", "value", "count")
        if hasattr(value, name)
    ]
    print(f"{key:8} {type(value).__name__:8} {abilities}")

counts = defaultdict(int)
values = [counts, {}, frozenset({1}), set(), 7, Tag("x"), ValueError("bad"), serialize, Lazy()]
for v in values:
    print(
        type(v).__name__,
        hasattr(v, "default_factory"),
        hasattr(v, "add"),
        hasattr(v, "bit_length"),
        hasattr(v, "kind"),
        hasattr(v, "args"),
        hasattr(v, "__name__"),
        hasattr(v, "cached"),
    )

lazy = values[-1]
print(hasattr(lazy, "cached"))
lazy.load()
print(hasattr(lazy, "cached"))

shapes = [Tag("a"), root, 3, "s"]
print([getattr(s, "name", "?") for s in shapes])
print([getattr(s, "value", None) for s in shapes])
