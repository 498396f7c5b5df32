"""Instances of classes that can never be part of a reference cycle (points, segments of
points, records of strs and numbers) next to classes whose instances can: nodes linked to
nodes, groups that hold their own kind, objects holding callbacks. Every cycle is collected."""

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Velocity:
    """Floats, a flag and an optional float: an instance holds no reference at all."""

    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy
        self.moving = dx != 0.0 or dy != 0.0
        self.limit = None

    def scaled(self, k):
        v = Velocity(self.dx * k, self.dy * k)
        v.limit = 10.0 if k > 1 else None
        return v


class Segment:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.tags = {"kind": 1}

    def length2(self):
        dx = self.b.x - self.a.x
        dy = self.b.y - self.a.y
        return dx * dx + dy * dy


class Shape:
    def __init__(self, name):
        self.name = name
        self.area = 0.0


class Group(Shape):
    def __init__(self, name):
        super().__init__(name)
        self.members = []


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


class Keeper:
    """Holds a ring of nodes: the ring is a cycle, but nothing in it can reach a keeper."""

    def __init__(self, size):
        self.name = "keeper"
        self.rings = [ring_of(size)]


class Index:
    def __init__(self):
        self.count = 0


class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []


def walk(points):
    total = Point(0, 0)
    for p in points:
        total = total + p
    return total


points = [Point(i, i * i) for i in range(1000)]
print(walk(points))
v = Velocity(0.5, -1.25)
speeds = [v.scaled(k) for k in range(4)]
print([(s.dx, s.dy, s.moving, s.limit) for s in speeds])
print(sum(v.scaled(i).dx for i in range(100000)))
segments = [Segment(points[i], points[i + 1]) for i in range(0, 999, 3)]
print(sum(s.length2() for s in segments), segments[5].tags)

def boxed():
    # A list that contains itself and points: the cycle is the list's; the points go with it.
    box = [Point(1, 2), Point(3, 4)]
    box.append(box)
    return len(box)


def groups():
    # A group that is a member of itself: Shape's hierarchy can reach itself through Group.
    g = Group("outer")
    inner = Group("inner")
    g.members.append(inner)
    inner.members.append(g)
    g.members.append(Shape("leaf"))
    return len(g.members), g.members[0].members[0].name


def ring_of(size):
    first = Node(0)
    cur = first
    for i in range(1, size):
        n = Node(i)
        cur.next = n
        cur = n
    cur.next = first
    return first


def ring(size):
    first = ring_of(size)
    total = 0
    n = first
    for _ in range(size):
        total += n.value
        n = n.next
    return total


def indexed():
    # A dict view holds its dict, and the dict holds the instance.
    a = Index()
    d = {1: a, 2: Index()}
    a.keys = d.keys()
    return list(a.keys)


def button():
    # A button whose callback refers to the button.
    b = Button("ok")
    clicks = []
    b.handlers.append(lambda: clicks.append(b.label))
    for _ in range(2):
        for h in b.handlers:
            h()
    return clicks


for round in range(3):
    print(boxed(), groups(), ring(50 + round), button(), indexed())

keepers = [Keeper(k) for k in range(1, 6)]
print([k.rings[0].next.next.value for k in keepers], keepers[2].name)
keepers = []
print(Point(2, 3) + Point(4, 5), repr(segments[0].a), isinstance(points[0], Point))
by_point = {p: p.x for p in points[:10]}
print(len(by_point), points[3] in by_point, Point(3, 9) in by_point)
