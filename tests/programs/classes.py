# Classes: constructors, attributes, methods, __str__/__repr__, instances in containers.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k=2.0):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"


class Stack:
    def __init__(self):
        self.items = []
        self.pushes = 0

    def push(self, item):
        self.items.append(item)
        self.pushes += 1

    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty stack")
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def is_empty(self):
        return len(self.items) == 0


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"{self.owner}: {self.balance}"


class Grid:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = [[0] * width for _ in range(height)]

    def set(self, x, y, value):
        self.cells[y][x] = value

    def row_sums(self):
        return [sum(row) for row in self.cells]


v = Vector(1.5, -2.0)
w = Vector(0.5, 4.0)
print(v.add(w))
print(v.scale(), v.scale(-1.0))
print(v.dot(w), repr(w), str(w))
print(f"v = {v}, |v|^2 = {v.dot(v):.3f}")

s = Stack()
for word in "the quick brown fox".split():
    s.push(word)
print(s.pushes, s.items)
while not s.is_empty():
    print(s.pop(), end=" ")
print()
try:
    s.pop()
except IndexError as e:
    print("caught:", e)

accounts = {}
for name, start in [("ada", 100), ("bob", 5), ("cy", 0)]:
    accounts[name] = Account(name, balance=start)
accounts["ada"].deposit(50)
accounts["cy"].deposit(7)
for name in ["bob", "ada"]:
    try:
        accounts[name].withdraw(20)
    except ValueError as e:
        print("error:", e)
for name in sorted(accounts):
    acct = accounts[name]
    print(acct, acct.history)
total = 0
for acct in accounts.values():
    total += acct.balance
print("total", total)

g = Grid(4, 3)
for i in range(3):
    g.set(i + 1, i, i * 10 + 1)
print(g.row_sums(), g.width * g.height)

# Objects referring to objects: a linked list.
class Node:
    def __init__(self, value, rest):
        self.value = value
        self.rest = rest


class LinkedList:
    def __init__(self):
        self.size = 0
        self.head_values = []

    def build(self, values):
        for value in values:
            self.head_values.insert(0, value)
            self.size += 1
        return self


ll = LinkedList().build([1, 2, 3, 4, 5])
print(ll.size, ll.head_values)

pts = [Vector(float(i), i * 0.5) for i in range(5)]
best = pts[0]
for p in pts:
    if p.dot(p) > best.dot(best):
        best = p
print(best, len(pts), best.x == pts[4].x)
# Containers show their elements' __repr__; a class without one gets the default repr.
print(pts[1:3], {"origin": Vector(0.0, 0.0)})
print(len(repr([Stack()])) > len("[<__main__.Stack object at 0x>]"))
