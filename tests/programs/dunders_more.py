class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __add__(self, other):
        return V(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"V({self.x}, {self.y})"


class Store:
    def __init__(self):
        self.items = {}

    def __setitem__(self, k, v):
        self.items[k] = v

    def __getitem__(self, k):
        return self.items[k]

    def __delitem__(self, k):
        del self.items[k]

    def __len__(self):
        return len(self.items)


v = V(3, 4)
print(abs(v), type(v).__name__, type(3).__name__, type("s").__name__, type([1]).__name__)
w = v
v += V(1, 1)
print(v, w, v is w)
u = V(0, 0)
u = u + V(2, 2)
print(u)
s = Store()
s["a"] = 1
s["b"] = 2
del s["a"]
print(len(s), s["b"])


class Base:
    pass


class Child(Base):
    pass


print(issubclass(Child, Base), issubclass(Base, Child), isinstance(Child(), Base))
print(type(Child()).__name__)


class AppError(ValueError):
    pass


print(issubclass(AppError, ValueError), issubclass(AppError, (KeyError, Exception)), issubclass(Child, object))
try:
    raise AppError("x")
except ValueError as e:
    print(type(e).__name__)
nodes = [Child(), Child()]
print(nodes[0] is nodes[0], nodes[0] is nodes[1], nodes[0] is not nodes[1])
