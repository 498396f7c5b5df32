"""A positional sub-pattern of a class whose __match_args__ is computed."""


class Point:
    __match_args__ = tuple(["x", "y"])

    def __init__(self, x, y):
        self.x = x
        self.y = y


match Point(1, 2):
    case Point(x, y):
        print(x, y)
