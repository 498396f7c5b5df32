"""defaultdict factories returning values computed from constants: float("inf") for
shortest distances, 10 ** 9, a tuple of constants, a negative number."""
from collections import defaultdict

graph = {"a": [("b", 4), ("c", 1)], "c": [("b", 2), ("d", 7)], "b": [("d", 1)], "d": []}
dist = defaultdict(lambda: float("inf"))
dist["a"] = 0
for _ in range(len(graph)):
    for u, edges in graph.items():
        for v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
print(sorted(dist.items()))
print(dist["unreached"], len(dist))

best = defaultdict(lambda: 10 ** 9)
for word in "the quick brown fox jumps over the lazy dog".split():
    best[word[0]] = min(best[word[0]], len(word))
print(sorted(best.items()))

span = defaultdict(lambda: (0, ""))
print(span["x"], span["x"] == (0, ""))
last = defaultdict(lambda: -1)
for i, ch in enumerate("abracadabra"):
    last[ch] = i
print(dict(last), last["z"])
