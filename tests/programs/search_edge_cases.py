"""Searches across types: None among lists and instances in a tuple, tuples of mixed items,
lists of ints that may be None, sets built from empty lists, next() with a default on an
iterator that always raises, and dict.update(k=v) next to collections."""
import collections


class Node:
    pass


groups = ([1], [2], [])
print(groups.count(None), None in groups, None in (Node(), Node()), ((1, 2), "x").count(None))
try:
    groups.index(None)
except ValueError as e:
    print("ValueError:", e)
mixed = (1, (1, 2), "a", 2.0, [1])
print(mixed.count(1), mixed.index(2), mixed.count((1, 2)), mixed.count("a"), (1, "a").count((1, 2)))
readings = [None, 1, None, 3]
print(3.0 in readings, readings.count(2.0), readings.index(3.0), readings.count(None), "x" in readings)
readings.remove(1.0)
print(readings)


def known_word(words, w):
    vocabulary = set(words)
    return w in vocabulary


print(known_word([], "a"), known_word(["a", "b"], "a"), 1 in set([]))


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("sensor offline")


try:
    print(next(Broken(), 0))
except ValueError as e:
    print("ValueError:", e)

settings = {"debug": False}
settings.update(debug=True, level=3)
tally = collections.Counter("abca")
tally.update(a=2)
print(settings, tally.most_common(2))
