from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
path = [Point(0, 0), Point(1, 0)]
print(path.index((1, 0)))
