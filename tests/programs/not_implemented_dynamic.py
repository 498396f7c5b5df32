"""NotImplemented fallbacks against values of run-time type: identity for ==, the TypeError for operators, beside library classes (Counter, deque) that define __eq__."""
from collections import Counter, deque
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.c == other.c
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.c < other.c
    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.c + other.c)
mixed = [Money(1), 5, "x", None]
for v in mixed:
    print(Money(1) == v, Money(1) != v)
print(Counter("ab") == Counter("ba"), deque([1]) == deque([1]))
try:
    print(Money(1) < mixed[1])
except TypeError as e:
    print(e)
try:
    print(Money(1) + mixed[2])
except TypeError as e:
    print(e)
m = Money(7)
items = [m, 5, "q"]
print([m == x for x in items], [x == m for x in items])
class Opaque:
    def __eq__(self, other):
        return NotImplemented
o = Opaque()
things = [o, 1]
print([o == t for t in things], [o != t for t in things])
