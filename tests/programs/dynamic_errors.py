"""Values of different types meet Python's run-time TypeErrors."""

from collections import Counter


def total(items):
    result = 0
    for item in items:
        result = result + item
    return result


def describe(x):
    try:
        return x * 2
    except TypeError as e:
        return "error: " + str(e)


readings = [3, 4.5, "7", None]
print(total(readings[:2]))
for r in readings:
    print(repr(r), describe(r))
try:
    print(total(readings))
except TypeError as e:
    print("TypeError:", e)
pairs = [(1, "a"), (2.5, "b")]
print(sorted(pairs))
keys = [2, "x"]
try:
    print(sorted(keys))
except TypeError as e:
    print("TypeError:", e)


class Probe:
    pass


for box in ["abc", Probe(), 5]:
    try:
        print("a" in box)
    except TypeError as e:
        print("TypeError:", e)
try:
    seen = {1}
    seen.add(Counter("ab"))
except TypeError as e:
    print("TypeError:", e)
print(total([1, 2, None]))
