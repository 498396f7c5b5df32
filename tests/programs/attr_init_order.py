# Attributes set in different orders and places: read before they are set (AttributeError),
# set only by a base __init__ that a subclass skips, set after self escapes into a registry,
# and set conditionally. natrix reads attributes every instance has from construction on
# without a check; these are the cases where that must not apply.
import math

registry = []


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        registry.append(self)
        self.describe_early()
        self.balance = balance

    def describe_early(self):
        try:
            print("early:", self.owner, self.balance)
        except AttributeError as e:
            print("early:", self.owner, "AttributeError:", e)


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate


class Frozen(Account):
    def __init__(self, owner):
        # Does not call Account.__init__: no balance, no registry entry.
        self.owner = owner


class Point:
    def __init__(self, x, y, label=None):
        self.x = x
        self.y = y
        if label is not None:
            self.label = label

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


a = Account("ann", 10)
s = Savings("sam", 20, 0.5)
f = Frozen("fay")
print(len(registry), a.balance, s.balance, s.rate, f.owner)
for acct in [a, s, f]:
    try:
        print(acct.owner, acct.balance)
    except AttributeError as e:
        print(acct.owner, "AttributeError:", e)
p = Point(3.0, 4.0, "p")
q = Point(-1.5, 2.0)
print(p.norm(), q.norm(), p.label, math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(2.25))
try:
    print(q.label)
except AttributeError as e:
    print("AttributeError:", e)
xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3], xs[2])
xs[-1] = 99
xs[0] += 1
print(xs)
for i in [3, -4]:
    try:
        print(xs[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    xs[5] = 1
except IndexError as e:
    print("IndexError:", e)
print(xs[2 ** 70 - 2 ** 70 + 1])
try:
    print(xs[2 ** 70])
except IndexError as e:
    print("IndexError:", e)
words = ["a", "b"]
words[1] = words[0] + "z"
print(words, len(words), len([]))
print(math.sqrt(-1.0))
