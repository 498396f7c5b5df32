"""A recursive walker over nested data of many shapes (more than natrix specializes one
function for): counting, flattening and pretty-printing whatever it is given, and dict()
of values known only at run time."""


def walk(x, depth=0):
    """Yields (depth, leaf) for every leaf of nested lists, tuples, sets and dicts."""
    if isinstance(x, dict):
        for k in x:
            yield from walk(x[k], depth + 1)
    elif isinstance(x, (list, tuple, set)):
        for item in x:
            yield from walk(item, depth + 1)
    else:
        yield depth, x


def count_leaves(x):
    if isinstance(x, dict):
        return sum(count_leaves(v) for v in x.values())
    if isinstance(x, (list, tuple)):
        return sum(count_leaves(v) for v in x)
    return 1


def show(x, indent=0):
    pad = " " * indent
    if isinstance(x, dict):
        print(pad + "{")
        for k, v in x.items():
            print(f"{pad}  {k!r}:")
            show(v, indent + 4)
        print(pad + "}")
    elif isinstance(x, (list, tuple)):
        print(pad + type(x).__name__, len(x))
        for v in x:
            show(v, indent + 2)
    else:
        print(f"{pad}{x!r} ({type(x).__name__})")


def nest(x, n):
    """x wrapped in n lists: a new type at every level."""
    if n == 0:
        return x
    return nest([x], n - 1)


samples = [
    1, 2.5, "s", None, True, [1, 2], [1.5], ["a", "b"], (1, "x"), (2.0, None),
    {"a": 1}, {"b": [1, 2]}, {1: "one"}, {(1, 2): 3.0}, [[1], [2, 3]], [(1, 2), (3, 4)],
    {"k": {"n": [1, {"deep": (True, False)}]}}, [{"x": 1.0}, {"y": 2.0}], ({"t": 1},),
    [[[1]]], [[["z"]]], {"m": {"n": {"o": None}}}, [None, None], (("a",),), {2.5: [True]},
    [[1.0, 2.0], [3.0]], {"set": {1, 2}}, ([], {}), [(), ()], {"e": []}, (1, 2, 3, 4),
    [1, "mixed", 2.0], {"id": 7, "tags": ["p", "q"], "pos": (1.5, 2.5)},
]
total = 0
for s in samples:
    leaves = list(walk(s))
    total += len(leaves)
    print(count_leaves(s), leaves)
print("leaves:", total)
for s in samples[-4:]:
    show(s)

print(count_leaves(nest(7, 40)), list(walk(nest("deep", 40)))[0][0])

# dict() of values whose type is known only at run time.
records = [("a", 1), ["b", 2.5], "cd", ("e", [3])]
print(dict(records))
mixed = [{"x": 1}, [("k", "v")], {}]
for m in mixed:
    d = dict(m)
    d["added"] = True
    print(d, len(m))
for bad in ([1, 2], [("a", 1, 2)], ["abc"], 5):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
