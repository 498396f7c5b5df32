"""operator.attrgetter other than called with the attribute names written out."""
from operator import attrgetter


class P:
    def __init__(self, x):
        self.x = x


field = "x"
print(attrgetter(field)(P(1)))
