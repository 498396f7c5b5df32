"""Dict keys and set members that may be None (a "previous" or "best so far" variable that
starts as None): stored, looked up, counted and printed as in CPython."""
best = None
scores = {}
for w in "a bb ccc".split():
    if best is None or len(w) > len(best):
        best = w
scores[best] = 1
print(scores)
prev = None
seen = set()
for ch in "abca":
    seen.add(prev)
    prev = ch
print(len(seen), None in seen, "a" in seen, "c" in seen)
counts = {}
parent = None
for node in ["x", "y", "z"]:
    counts[parent] = counts.get(parent, 0) + 1
    parent = node
print(counts, counts[None], list(counts), sorted(k for k in counts if k is not None))
d = {None: "root", "a": "leaf"}
print(d, d.get(None), d.pop(None), d)
for k, v in {None: 1, "q": 2}.items():
    print(k, v, k is None)
s2 = {None, "x"}
s2.discard(None)
print(s2, repr({None}))
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"P({self.v})"
def find(n):
    return P(n) if n > 0 else None
owners = {}
for n in [1, 0, 2, 1, 0]:
    owners[find(n)] = owners.get(find(n), 0) + 1
print(owners)
edges = set()
last = None
for t in [(1, 2), (3, 4), (1, 2)]:
    edges.add(last)
    last = t
print(len(edges), None in edges, (1, 2) in edges, (3, 4) in edges)
fz = frozenset([None, "a"])
