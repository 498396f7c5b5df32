# A property that only a subclass defines, set through a value of the base class.
class Shape:
    pass


class Circle(Shape):
    def __init__(self, r):
        self._r = r

    @property
    def r(self):
        return self._r

    @r.setter
    def r(self, v):
        self._r = v


shapes = [Shape(), Circle(1)]
c = shapes[1]
c.r = 2
print(c.r)
