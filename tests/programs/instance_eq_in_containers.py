# Instances whose class defines __eq__ meet values of other types in containers: `in`,
# index() and count() ask the instance's __eq__ (CPython reflects int == obj to it), and a
# chained hash map of mixed keys compares a stored int with a new instance.
class F:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("eq", self.v, repr(other))
        return self.v == other
print(F(3) in [1, 3])
print([3].index(F(3)))
print([1.0, 3.0].count(F(3)))


class G:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        if isinstance(other, (int, float)):
            return self.v == other
        if isinstance(other, G):
            return self.v == other.v
        return NotImplemented
    def __hash__(self): return hash(self.v)
print(G(3) in [1, 2, 3], [1.0, 3.0].count(G(3)), G(2) in [G(1), G(2)], G(3) == 3, 3 == G(3))
print([1, 2, 3].index(G(2)), G(1) != 1)
xs = [G(1), G(2)]
print(2 in xs, xs.index(2), xs.count(1.0))


class P:
    def __eq__(self, other):
        return isinstance(other, P)
b = []
def put(key):
    for k in b:
        if k == key:
            return
    b.append(key)
put(1)
put(P())
print(len(b))
