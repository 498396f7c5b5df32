class Shape:
    pass


class Circle(Shape):
    def __init__(self, r):
        self.r = r


def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (float, str)):
        return "float or str"
    if isinstance(x, Shape):
        return "shape"
    if isinstance(x, list):
        return "list"
    if x is None:
        return "none"
    return "other"


for v in [1, True, 2.5, "s", Circle(2), [1], None, {1: 2}, (1,)]:
    print(kind(v), isinstance(v, object), isinstance(v, Circle), isinstance(v, tuple), isinstance(v, dict))
