# Instances in dicts, sets and list comparisons use __eq__ / __hash__; __eq__ without
# __hash__ makes a class unhashable; identity otherwise.


class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x
    def __hash__(self):
        return hash(self.x)
d = {P(1): "a"}
print(P(1) in d, len({P(2), P(2)}))
class Q:
    def __init__(self, x):
        self.x = x
q = Q(1)
s = {q, Q(1), q}
print(len(s), q in s, [q] == [q], [Q(1)] == [Q(1)])
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, other):
        return self.a == other.a and self.b == other.b
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
seen = {}
for a, b in [(1, 2), (3, 4), (1, 2)]:
    k = Key(a, b)
    seen[k] = seen.get(k, 0) + 1
print(seen, Key(3, 4) in seen, [Key(1, 2)] == [Key(1, 2)], Key(9, 9) in [Key(9, 9)])
class NoHash:
    def __init__(self):
        self.v = 1
    def __eq__(self, other):
        return True
try:
    s2 = {NoHash()}
except TypeError as e:
    print("error:", e)
