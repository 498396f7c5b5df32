# Settings merged from defaults, pairs and keyword overrides: dict(base, **extra) and
# d.update(other, key=value), evaluated in CPython's order.

DEFAULTS = {"host": "localhost", "port": 8080, "debug": 0}


def configure(overrides, **extra):
    settings = dict(DEFAULTS, debug=1)
    settings.update(overrides, retries=3)
    settings.update(extra)
    return settings


def trace(label, value):
    print("eval", label)
    return value


print(configure({"port": 9000}))
print(configure([("host", "example.org")], timeout=30))
pairs = dict([("a", 1), ("b", 2)], c=3, a=10)
print(pairs, list(pairs))
merged = dict(trace("base", {"x": 1}), y=trace("y", 2), x=trace("x", 3))
print(merged)
counts = {"apples": 2}
counts.update({"pears": 1}, apples=counts["apples"] + 5)
print(counts)
