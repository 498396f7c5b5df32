"""sum() of instances (`0 + m` by `__radd__`, then `__add__`; an empty list sums to 0), `==`
between instances of unrelated classes (the other's `__eq__` reflected, else identity), and
bytes held in a value of run-time type (len, indexing, slicing, iteration, `in`)."""
class M:
    def __init__(self, c): self.c = c
    def __radd__(self, o): return o + self.c
    def __add__(self, o): return self.c + (o.c if isinstance(o, M) else o)
print(sum([M(1), M(2)]), sum([M(5)]), sum(m for m in [M(1), M(2), M(3)]))
class P:
    pass
ps = [P()]
try:
    print(sum(ps))
except TypeError as e:
    print("TypeError:", e)
print(sum([P() for _ in range(0)]))
class R:
    pass
class Q:
    def __eq__(self, o):
        return "Q.eq"
r, q = R(), Q()
print(R() == P(), R() != P(), bool(r == q), r != q)
xs = [b"hi", 1]
b = xs[0]
print(len(b), b[0], b[-1], b[1:], list(b), 104 in b, b"i" in b)
for ch in b:
    print(ch)
try:
    b["x"]
except TypeError as e:
    print(e)
