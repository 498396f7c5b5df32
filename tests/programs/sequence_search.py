"""Searching sequences: tuple.index/count, and list searches for values of another type than
the items (CPython compares each item with ==)."""

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
RECORD = ("ada", 36, 1.75, None, "ada")


def day_number(name):
    return WEEKDAYS.index(name) + 1


def histogram(values):
    keys = tuple(sorted(set(values)))
    return {k: values.count(k) for k in keys}


print(day_number("wed"), WEEKDAYS.count("sat"), RECORD.count("ada"), RECORD.index(None))
print(RECORD.index(36.0), RECORD.count(True), (1, True, 1.0).count(1))
rolls = (3, 5, 3, 6, 1, 3)
print(histogram(list(rolls)), rolls.index(6), rolls.count(3))
scores = tuple(n * n % 7 for n in range(10))
print(scores, scores.count(2), scores.index(4))

ints = [1, 2, 3, 2]
print(ints.count(2.0), ints.count("2"), ints.index(3.0), "x" in ints, 2.0 in ints, None in ints)
floats = [0.5, 1.0, 2.0]
print(floats.index(1), floats.count(True), floats.count("1"), 2 in floats)
ints.remove(2.0)
print(ints)
words = ["a", "b"]
print(words.count(1), 1 in words)
for probe in (WEEKDAYS, ints):
    try:
        probe.index("sun")
    except ValueError as e:
        print("ValueError:", e)
try:
    scores.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    words.remove(None)
except ValueError as e:
    print("ValueError:", e)
ints.index(2.5)
