# Tuples whose length is only known at run time: tuple(xs) as a dict key or set member
# (anagram groups, visited puzzle states), zip(*rows) to transpose, and tuples of different
# lengths in one list.
from collections import defaultdict


def anagram_groups(words):
    groups = defaultdict(list)
    for w in words:
        groups[tuple(sorted(w.lower()))].append(w)
    return sorted(g for g in groups.values() if len(g) > 1)


print(anagram_groups(["Listen", "silent", "enlist", "google", "banana", "cat", "act", "tac"]))


def neighbours(state):
    # Slide puzzle on a row: swap the blank (0) with a neighbour.
    s = list(state)
    i = s.index(0)
    out = []
    for j in (i - 1, i + 1):
        if 0 <= j < len(s):
            t = s[:]
            t[i], t[j] = t[j], t[i]
            out.append(tuple(t))
    return out


def reachable(start, limit):
    seen = {tuple(start)}
    frontier = [tuple(start)]
    for _ in range(limit):
        nxt = []
        for state in frontier:
            for n in neighbours(state):
                if n not in seen:
                    seen.add(n)
                    nxt.append(n)
        frontier = nxt
    return seen


states = reachable([1, 0, 2, 3], 3)
print(len(states), sorted(states)[:3], (1, 2, 0, 3) in states, max(states))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [list(col) for col in zip(*matrix)]
print(transposed, list(zip(*transposed)) == [tuple(r) for r in matrix])
points = [(0, 0), (3, 4), (6, 8)]
xs, ys = zip(*points)
print(xs, ys, sum(xs) / len(xs), max(ys), len(list(zip(*[[1], [2, 3]]))))
print(["".join(col) for col in zip(*["abc", "def", "ghi"])])

paths = [(0,), (0, 1), (0, 1, 2)]
paths.append(tuple(range(4)))
for p in paths:
    print(p, len(p), p[-1], sum(p), p == tuple(range(len(p))))
key = tuple("hello")
print(key, len(key), key[1], "l" in key, hash(key) == hash(tuple("hello")))
stock = {"apple": (3, 0.5), "pear": (2, 0.75)}
print([(name, qty * price) for name, (qty, price) in stock.items()])
empty = tuple()
print(empty, len(empty), bool(empty), tuple(x * x for x in range(4)), tuple({3: "c"}))
a, b = tuple([1, 2, 3])
