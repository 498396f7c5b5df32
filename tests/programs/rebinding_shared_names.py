"""A script reuses a module-level name for values of different types while functions and
classes use the same spelling for their own parameters, locals and comprehension variables;
the functions that do read the module-level name see its last value."""
from collections import Counter


def tally(words):
    counts = {}
    for w in words:
        c = counts.get(w, 0)
        counts[w] = c + 1
    return counts


def pairs(d):
    return [f"{k}={c}" for k, c in sorted(d.items())]


def scale(c, factor=2):
    return c * factor


class Grid:
    def __init__(self, rows):
        self.rows = rows

    def column(self, c):
        return [row[c] for row in self.rows]

    def cells(self):
        return {(r, c): v for r, row in enumerate(self.rows) for c, v in enumerate(row)}


def report():
    # Reads the module-level `total`, so `total` keeps one type.
    return f"total={total}"


def bump():
    global hits
    hits += 1


c = "letters"
print(c.upper(), len(c))
c = Counter("mississippi")
print(c["s"], c["i"], c["z"], len(c), "p" in c)
print(c.most_common(2))
c = tally("the cat the hat the end".split())
print(pairs(c))
c = 21
print(scale(c), scale(c, 3), c + 1)
c = Grid([[1, 2, 3], [4, 5, 6]])
print(c.column(1), c.cells()[(1, 2)])
c = [x * x for x in range(5)]
print(c, sum(c))

total = 10
total = total + 5
print(report())

hits = 0
for _ in range(3):
    bump()
print("hits", hits)

k = "key"
squares = {k: k * k for k in range(4)}
print(k, squares)
k = 3.5
print(k * 2)
