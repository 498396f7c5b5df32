"""defaultdict factories returning records: a dict display holding empty containers (each
missing key gets its own, all the way down)."""
from collections import defaultdict

events = [
    ("ann", "login", 0.0), ("bob", "buy", 12.5), ("ann", "buy", 3.25),
    ("cid", "view", 0.0), ("bob", "view", 0.0), ("ann", "logout", 0.0),
    ("bob", "buy", 7.75),
]

stats = defaultdict(lambda: {"events": 0, "kinds": set(), "spent": 0.0, "log": []})
for user, kind, amount in events:
    s = stats[user]
    s["events"] += 1
    s["kinds"].add(kind)
    s["spent"] += amount
    s["log"].append(kind)

for user in sorted(stats):
    s = stats[user]
    print(f"{user:4} {s['events']} {sorted(s['kinds'])} {s['spent']:6.2f} {s['log']}")

tree = defaultdict(lambda: {"children": [], "meta": {"tags": set(), "depth": 0}})
for parent, child in [("root", "a"), ("root", "b"), ("a", "c")]:
    tree[parent]["children"].append(child)
    tree[child]["meta"]["depth"] = tree[parent]["meta"]["depth"] + 1
tree["c"]["meta"]["tags"].add("leaf")
for name in sorted(tree):
    node = tree[name]
    print(name, node["children"], node["meta"]["depth"], sorted(node["meta"]["tags"]))

boards = defaultdict(lambda: [[0, 0], [0, 0]])
boards["x"][0][1] = 5
boards["y"][1][0] += 2
print(dict(boards))

pairs = defaultdict(lambda: [[], 0])
for word in "the cat saw the dog and the cat".split():
    entry = pairs[word[0]]
    entry[0].append(word)
    entry[1] += len(word)
print(sorted(pairs.items()))
