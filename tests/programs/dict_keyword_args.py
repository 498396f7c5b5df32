"""dict() called with keyword arguments: a dict of str keys in the order given, values
evaluated left to right, of one type or of several."""


def trace(tag, v):
    print("eval", tag)
    return v


colors = dict(red=1, green=2, blue=3)
print(colors, len(colors), colors["green"])
mixed = dict(name="ada", age=36, langs=["en", "fr"])
print(mixed, mixed["langs"][1])
ordered = dict(b=trace("b", 2), a=trace("a", 1))
print(ordered, list(ordered))
colors["alpha"] = 4
print(sorted(colors.items()), dict(x=1) == {"x": 1})
