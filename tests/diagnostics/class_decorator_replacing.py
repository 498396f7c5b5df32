def tagged(cls):
    if cls.__name__.startswith("_"):
        return None
    return cls


@tagged
class Point:
    pass


print(Point)
