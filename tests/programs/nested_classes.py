"""Classes defined inside a class body: a linked list's node class read through `self`, a
parser's exception hierarchy, token dataclass and kind enum, a tree whose node class nests
another, class attributes holding a nested class, a subclass reading its base's nested class;
their names, reprs and error messages as CPython shows them (`Outer.Inner`)."""

from dataclasses import dataclass
from enum import Enum


class LinkedList:
    class Node:
        __slots__ = ("val", "next")

        def __init__(self, val, next=None):
            self.val = val
            self.next = next

    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, v):
        self.head = self.Node(v, self.head)
        self.size += 1

    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.val
            n = n.next


ll = LinkedList()
for i in range(5):
    ll.push(i * i)
print(list(ll), ll.size)
n = LinkedList.Node(3)
print(type(n).__name__, n.val, n.next)
print(LinkedList.Node)




class Parser:
    class Error(Exception):
        pass

    class UnexpectedEnd(Error):
        def __init__(self, pos):
            super().__init__(f"unexpected end at {pos}")
            self.pos = pos

    @dataclass
    class Token:
        kind: str
        text: str

    class Kind(Enum):
        NUM = 1
        OP = 2

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def tokens(self):
        out = []
        for part in self.text.split():
            if part.isdigit():
                out.append(self.Token("num", part))
            elif part in "+-*/":
                out.append(Parser.Token("op", part))
            else:
                raise self.Error(f"bad token {part!r}")
        if out and out[-1].kind == "op":
            raise Parser.UnexpectedEnd(len(self.text))
        return out

    def kind_of(self, tok):
        return self.Kind.NUM if tok.kind == "num" else type(self).Kind.OP


class Tree:
    class Node:
        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None

        class Stats:
            count = 0

    EMPTY = None
    node_type = Node

    def __init__(self):
        self.root = None

    def insert(self, key):
        Tree.Node.Stats.count += 1
        if self.root is None:
            self.root = self.node_type(key)
            return
        n = self.root
        while True:
            if key < n.key:
                if n.left is None:
                    n.left = self.Node(key)
                    return
                n = n.left
            else:
                if n.right is None:
                    n.right = self.Node(key)
                    return
                n = n.right

    def inorder(self):
        out = []

        def walk(n):
            if n is not None:
                walk(n.left)
                out.append(n.key)
                walk(n.right)

        walk(self.root)
        return out


class CountingTree(Tree):
    def make(self, k):
        return self.Node(k)


for text in ["1 + 2", "3 * x", "4 -", ""]:
    p = Parser(text)
    try:
        toks = p.tokens()
        print([(t.kind, t.text) for t in toks], [p.kind_of(t).name for t in toks])
        print(toks[0] if toks else None)
    except Parser.UnexpectedEnd as e:
        print("end:", e, e.pos, isinstance(e, Parser.Error))
    except Parser.Error as e:
        print("error:", e, type(e).__name__)

t = CountingTree()
for k in [5, 2, 8, 1, 9, 3]:
    t.insert(k)
print(t.inorder(), Tree.Node.Stats.count, t.make(7).key)
print(Tree.Node, Parser.Token, Parser.Kind.OP, Parser.Kind(1))
print(Tree.Node.__name__, isinstance(t.root, Tree.Node), type(t.root).__name__)
print(Parser.Token("a", "b") == Parser.Token("a", "b"))


class Outer:
    class Inner:
        def __init__(self, a, b):
            self.a = a

    class Oops(Exception):
        pass

    SIZE = 3

    def make(self):
        return [self.Inner(i, i) for i in range(self.SIZE)]


o = Outer()
print(len(o.make()), repr(o.make()[0]).split(" at ")[0])
print(type(o.make()[0]).__qualname__, Outer.Inner.__name__)
try:
    Outer.Inner(1)
except TypeError as e:
    print(e)
print(repr(Outer.Oops("x")), repr(Tree.Node(1)).startswith("<__main__.Tree.Node object"))


class Base:
    class Node:
        kind = "base"

    def make(self):
        return self.Node()

    @classmethod
    def build(cls):
        return cls.Node()


class Derived(Base):
    class Node(Base.Node):
        kind = "derived"


class Plain(Base):
    pass


print(Base().make().kind, Derived().make().kind, Derived.build().kind, Plain.Node.kind)
d = Derived()
print(isinstance(d.make(), d.Node), isinstance(Base().make(), d.Node), type(d.make()) is Derived.Node)


class Machine:
    class Idle:
        name = "idle"

    class Busy:
        name = "busy"


def state_names(m):
    return [m.Idle().name, m.Busy().name]


print(state_names(Machine()))
try:
    Outer.Inner(1, 2).missing
except AttributeError as e:
    print(e)
raise Outer.Oops("bad")
