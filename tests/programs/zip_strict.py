"""zip(..., strict=True) in loops, comprehensions and as a value, and zip/enumerate over lazy
iterables (map, generator expressions) that are advanced one step at a time."""
import itertools


def load_scores(names, raw):
    scores = {}
    for name, value in zip(names, raw, strict=True):
        scores[name] = int(value)
    return scores


def parse(line):
    print("  parsing", repr(line))
    key, _, value = line.partition("=")
    return key.strip(), value.strip()


def squares(n):
    for i in range(n):
        yield i * i


names = ["ann", "bob", "cy"]
print(load_scores(names, ["31", "42", "27"]))
for raw in (["1", "2"], ["1", "2", "3", "4"]):
    try:
        print(load_scores(names, raw))
    except ValueError as e:
        print("bad row:", e)

pairs = list(zip(names, [3, 1, 2], strict=True))
print(sorted(pairs, key=lambda p: p[1]))
print(dict(zip(names, range(3), strict=False)))
for t in zip(names, "xyz", strict=True):
    print(t)

try:
    for a, b in zip([1, 2, 3], squares(2), strict=True):
        print(a, b)
except ValueError as e:
    print("error:", e)
try:
    print(list(zip("ab", "abc", strict=True)))
except ValueError as e:
    print("error:", e)
try:
    print([x + y + z for x, y, z in zip([1], [2], [3, 4], strict=True)])
except ValueError as e:
    print("error:", e)
try:
    print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6, 7], strict=True)))
except ValueError as e:
    print("error:", e)
for row in ([1, 2], [3, 4, 5], [6]):
    try:
        print(list(zip(row, [10, 20], [7, 8], strict=True)))
    except ValueError as e:
        print("error:", e)

# enumerate over a zip or a map takes one item per step.
lines = ["a = 1", "b = 2", "c = 3"]
for i, (key, value) in enumerate(map(parse, lines)):
    print(i, key, value)
try:
    for i, (w, n) in enumerate(zip([["a", "b"], ["c"]], [1, 2, 3], strict=True)):
        print(i, w, n)
except ValueError as e:
    print("error:", e)
for i, sq in enumerate(x * x for x in itertools.count(1)):
    if sq > 30:
        print("first square over 30:", i, sq)
        break
for n, sq in zip("abc", map(lambda x: x * x, itertools.count())):
    print(n, sq)
