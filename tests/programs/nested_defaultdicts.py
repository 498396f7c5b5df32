"""defaultdict factories that make containers: nested defaultdicts, lists of zeros; copies
keep the factory."""
from collections import defaultdict
d = defaultdict(lambda: defaultdict(int))
for a, b in [("x", "p"), ("x", "q"), ("y", "p"), ("x", "p")]:
    d[a][b] += 1
print(d["x"]["p"], dict(d["x"]), sorted(d), d["z"], len(d))
tree = defaultdict(lambda: defaultdict(list))
tree["a"]["b"].append(1)
tree["a"]["c"].append(2)
tree["b"]["b"].append(3)
print({k: dict(v) for k, v in tree.items()})
grid = defaultdict(lambda: [0, 0])
grid["a"][0] += 5
grid["b"][1] += 1
print(dict(grid))
cp = d.copy()
cp["new"]["k"] += 7
print(cp["new"], "new" in d)
s = defaultdict(set)
s["a"].add(1)
print(s)
