"""Objects linked only at construction (trees, persistent lists) and the ways a class's
instances can still end up in a reference cycle: a store after construction, `self` handed
out by `__init__`, `__init__` run again on an old instance. Every cycle must be collected."""


class Tree:
    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value

    def total(self):
        s = self.value
        if self.left is not None:
            s += self.left.total()
        if self.right is not None:
            s += self.right.total()
        return s


def build(depth, value):
    if depth == 0:
        return Tree(None, None, value)
    return Tree(build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1), value)


class Cons:
    """An immutable list cell, sharing its tail."""

    def __init__(self, head, tail):
        self.head = head
        self.tail = tail
        self.size = 1 if tail is None else tail.size + 1


def to_list(c):
    out = []
    while c is not None:
        out.append(c.head)
        c = c.tail
    return out


class Base:
    def __init__(self, name):
        self.name = name
        self.other = None


class Derived(Base):
    def __init__(self, name, other):
        super().__init__(name)
        self.other = other


class Explicit(Base):
    def __init__(self, name, other):
        Base.__init__(self, name)
        self.other = other


class Ring:
    """Linked after construction: `a.next = b` can close a loop."""

    def __init__(self, label):
        self.label = label
        self.next = None


class Selfish:
    """`__init__` stores itself."""

    def __init__(self, n):
        self.n = n
        self.me = self


class Parent:
    """`__init__` hands `self` to a child that keeps it."""

    def __init__(self, name):
        self.name = name
        self.child = Child(self)


class Child:
    def __init__(self, parent):
        self.parent = parent


class Pair:
    """`__init__` puts `self` in a tuple it keeps."""

    def __init__(self, x):
        self.x = x
        self.both = (self, x)


class Again:
    """`__init__` run a second time on an old instance links it to a newer one."""

    def __init__(self, other):
        self.other = other


class Registered:
    """`self` escapes through a call before its attributes are set."""

    def __init__(self, peer):
        remember(self)
        self.peer = peer


seen = []


def remember(obj):
    seen.append(obj)


t = build(10, 1)
print("tree", t.total(), t.left.right.value)
for i in range(200):
    t = build(4, i)
print("last", t.total())

c = None
for i in range(10):
    c = Cons(i, c)
shared = Cons(100, c.tail.tail)
print("cons", to_list(c)[:4], shared.size, to_list(shared)[:3])

d = Derived("d", Derived("e", None))
x = Explicit("x", Explicit("y", None))
print("inherit", d.name, d.other.name, x.other.name, x.other.other)

for round_ in range(3):
    a, b, c2 = Ring("a"), Ring("b"), Ring("c")
    a.next, b.next, c2.next = b, c2, a
    print("ring", a.next.next.next.label, round_)

for i in range(5):
    s = Selfish(i)
    print("selfish", s.me.me.n)

p = Parent("p")
print("parent", p.child.parent.name)
p = Parent("q")
print("parent", p.child.parent.child.parent.name)

q = Pair(5)
print("pair", q.both[0].both[1])
q = Pair(6)

old = Again(None)
new = Again(old)
old.__init__(new)
print("again", old.other is new, new.other.other is new)
old = None
new = None

r1 = Registered(None)
r2 = Registered(r1)
seen[0].peer = r2
print("registered", r1.peer is r2, len(seen))
seen.clear()
r1 = None
r2 = None
print("done")
