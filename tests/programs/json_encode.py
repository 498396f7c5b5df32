"""Walk nested data (dicts, lists, tuples, numbers, strs, None) as a JSON encoder would."""


def encode(value, indent=0):
    pad = "  " * indent
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for k in value:
            parts.append(pad + "  " + encode(k) + ": " + encode(value[k], indent + 1))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(encode(v, indent + 1) for v in value) + "]"
    return "?"


def depth(value):
    if isinstance(value, dict):
        return 1 + max([depth(value[k]) for k in value], default=0)
    if isinstance(value, list):
        return 1 + max([depth(v) for v in value], default=0)
    return 0


def count_numbers(value):
    if isinstance(value, bool):
        return 0
    if isinstance(value, (int, float)):
        return 1
    if isinstance(value, (list, tuple)):
        return sum(count_numbers(v) for v in value)
    if isinstance(value, dict):
        return sum(count_numbers(value[k]) for k in value)
    return 0


doc = {
    "name": "natrix",
    "version": 1.5,
    "tags": ["compiler", "python", 3],
    "meta": {"stable": False, "score": None, "pair": (1, "x"), "empty": {}},
    "count": 42,
}
print(encode(doc))
print(depth(doc), count_numbers(doc))
