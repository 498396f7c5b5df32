"""A tree with a mutable-default-safe children=None parameter, generators over it, a stack
class with __bool__/__len__, and nested list comprehensions."""
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children if children is not None else []

    def add(self, child):
        self.children.append(child)
        return child

    def depth(self):
        if not self.children:
            return 1
        return 1 + max(c.depth() for c in self.children)

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()

    def __repr__(self):
        return f"Node({self.value!r}, {len(self.children)} children)"

root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
a.add(Node("a1")).add(Node("a1x"))
b.add(Node("b1"))
print(root.depth(), list(root.walk()), root)
print(sorted(root.walk(), key=len, reverse=True)[:3])

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
    def __len__(self):
        return len(self._items)

s = Stack()
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        s.push(int(tok))
    else:
        b2, a2 = s.pop(), s.pop()
        s.push(a2 + b2 if tok == "+" else a2 - b2 if tok == "-" else a2 * b2)
print(s.pop(), bool(s), len(s))
try:
    s.pop()
except IndexError as e:
    print("error:", e)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in matrix], [matrix[i][i] for i in range(3)])
flat = [x for row in matrix for x in row if x % 2]
print(flat, sum(flat) / len(flat))
rotated = [[matrix[2 - j][i] for j in range(3)] for i in range(3)]
print(rotated)
counts = [0] * 10
for n in range(1, 1000):
    counts[int(str(n)[0])] += 1
print(counts[1:], f"{counts[1] / sum(counts):.3f}")


def describe(label, tags=None, limit=None):
    tags = tags if tags is not None else []
    shown = tags if limit is None else tags[:limit]
    return f"{label}: {', '.join(shown) or '-'}"


print(describe("plain"))
print(describe("tagged", ["x", "y", "z"]))
print(describe("limited", ["x", "y", "z"], 2))


def collect(item, into=None):
    if into is None:
        into = []
    into.append(item)
    return into


def scaled(value, factor="2"):
    factor = int(factor)
    return value * factor


shared = collect("a")
print(shared, collect("b"), collect("c", shared), shared)
print(scaled(21), scaled(5, "3"))


def gen(items=None, step=1):
    items = items or [1, 2, 3]
    if step is None:
        step = 1
    for x in items[::step]:
        yield x * 2
print(list(gen()), list(gen([5, 6, 7, 8], 2)))
class A:
    def m(self, data=None):
        if data is None:
            data = {}
        data["k"] = len(data)
        return data
holder = A()
print(holder.m(), holder.m({"z": 1}))
def f(n):
    print(n)
    n = str(n) * 2
    return n
print(f(3))


class B:
    def m(self, data=None, extra=None):
        if data is None:
            data = {}
        else:
            pass
        if extra is not None:
            data.update(extra)
        data["k"] = len(data)
        return data


print(B().m(), B().m({"z": 1}), B().m(extra={"e": 2}))
