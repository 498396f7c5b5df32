"""Recursion far past the default limit once sys.setrecursionlimit raises it, and linked
lists built from nested tuples (a type that holds itself)."""

import sys


def depth_first(graph, node, seen):
    # One frame per node on a long path: a recursive DFS as competitive programmers write it.
    seen.add(node)
    deepest = 0
    for nxt in graph[node]:
        if nxt not in seen:
            d = depth_first(graph, nxt, seen)
            if d + 1 > deepest:
                deepest = d + 1
    return deepest


def length(node):
    if node is None:
        return 0
    rest = length(node[1])
    return rest + 1


def total(node):
    if node is None:
        return 0
    value, rest = node
    return value + total(rest)


sys.setrecursionlimit(200000)
n = 60000
graph = {i: [i + 1] for i in range(n)}
graph[n] = []
print("path depth", depth_first(graph, 0, set()))

chain = None
for i in range(50000):
    chain = (i, chain)
print("length", length(chain), "total", total(chain))
print("head", chain[0], chain[1][0], chain[1][1][0])

small = None
for word in ["c", "b", "a"]:
    small = (word, small)
print(small)

try:
    sys.setrecursionlimit(1000)
    length(chain)
except RecursionError as e:
    print("RecursionError:", e)
