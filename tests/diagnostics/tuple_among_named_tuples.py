from collections import namedtuple

Point = namedtuple("Point", "x y")
seen = {Point(0, 0)}
print((0, 0) in seen)
