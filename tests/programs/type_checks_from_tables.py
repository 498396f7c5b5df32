"""Argument validation driven by tables of types: builtin types and classes held in tuples,
lists, dicts and *args tested with isinstance(); partial applications of partials."""
from functools import partial


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    pass


SCHEMA = [("name", (str,)), ("size", (int, float)), ("tags", (list, tuple)), ("shape", (Shape,))]


def check(record):
    problems = []
    for (field, allowed), value in zip(SCHEMA, record):
        if not any(isinstance(value, t) for t in allowed):
            problems.append(field)
    return problems


def accepts(value, *types):
    return [isinstance(value, t) for t in types]


print(check(["disk", 2.5, ["a"], Circle("c")]))
print(check([7, "big", {"x": 1}, Shape("s")]))
print(accepts(True, int, bool, str), accepts([], list, dict), accepts(Circle("x"), Shape, Circle))

LABELS = {int: "integer", float: "real", str: "text", bool: "flag"}
for v in [1, 2.0, "three", False]:
    print(repr(v), [label for t, label in LABELS.items() if isinstance(v, t)])


def scale(factor, offset, x):
    return factor * x + offset


double = partial(scale, 2)
double_plus_one = partial(double, 1)
print([double_plus_one(x) for x in range(4)])


def tag(*parts, sep="/"):
    return sep.join(parts)


base = partial(tag, "root")
nested = partial(base, "usr", sep=":")
print(nested("bin"), nested(), base("etc"))
