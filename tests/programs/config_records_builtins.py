"""Config- and JSON-style records (dicts of mixed values) through the builtins that take one
value: `ord`, `hex`/`oct`/`bin`, `int(s, base)`, `set(...)`, `extend`, with CPython's
TypeErrors for values of the wrong type; handlers registered by a method-call decorator."""


class Registry:
    def __init__(self):
        self.handlers = {}
        self.order = []

    def register(self, name):
        def deco(fn):
            self.handlers[name] = fn
            self.order.append(name)
            return fn

        return deco

    def run(self, name, record):
        if name not in self.handlers:
            return f"no handler for {name!r}"
        return self.handlers[name](record)


checks = Registry()


@checks.register("initial")
def initial_code(record):
    return ord(record["initial"])


@checks.register("color")
def color_hex(record):
    return int(record["color"], 16)


@checks.register("mask")
def mask_forms(record):
    m = record["mask"]
    return hex(m), oct(m), bin(m)


@checks.register("tags")
def unique_tags(record):
    return sorted(set(record["tags"]))


records = [
    {"name": "ada", "initial": "A", "color": "ff8800", "mask": 10, "tags": ["x", "y", "x"]},
    {"name": "bob", "initial": "Bo", "color": 12, "mask": 2.5, "tags": "abba"},
    {"name": "cy", "initial": 7, "color": "zz", "mask": True, "tags": 3},
]

for record in records:
    print(f"-- {record['name']}")
    for name in checks.order + ["missing"]:
        try:
            print(f"  {name}: {checks.run(name, record)}")
        except (TypeError, ValueError) as e:
            print(f"  {name}: {type(e).__name__}: {e}")

print(initial_code({"initial": "z"}), color_hex({"color": "10"}))

all_tags = []
for record in records:
    try:
        all_tags.extend(record["tags"])
    except TypeError as e:
        print("skipped:", e)
print(all_tags)
