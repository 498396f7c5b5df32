"""`x in (a, b)` of instances of different classes (their `__eq__`), and a deep copy kept in
an attribute that starts as None, then assigned back."""
import copy


class Expr: pass
class Lit(Expr):
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Lit) and o.v == self.v
class Ref(Expr):
    def __init__(self, n): self.n = n
def simplify(l: Expr, r: Expr):
    return Lit(1) in (l, r)
print(simplify(Lit(1), Ref("x")), simplify(Ref("y"), Ref("x")))


class Box:
    def __init__(self):
        self.data = {"x": 1}
        self.saved = None

    def save(self):
        self.saved = copy.deepcopy(self.data)

    def restore(self):
        self.data = self.saved


b = Box()
b.save()
b.data["x"] = 2
print(b.data, b.saved)
b.restore()
print(b.data)

# A deep copy makes new sets, also inside containers and attributes.
tags = {"a"}
snapshot = copy.deepcopy(tags)
snapshot.add("b")
print(sorted(tags), sorted(snapshot), snapshot is tags)
state = {"seen": {1, 2}, "order": [{3}]}
saved = copy.deepcopy(state)
saved["seen"].add(9)
saved["order"][0].discard(3)
print(state, saved)
pair = [tags, tags]
twin = copy.deepcopy(pair)
print(twin[0] is twin[1], twin[0] is tags)
