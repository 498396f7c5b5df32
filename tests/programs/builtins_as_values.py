"""Builtins passed as functions: print to a callback, pow and divmod to map and starmap,
hex/bin/hash/any/all as keys and mappers."""
from itertools import starmap


def run(step, *values):
    step(*values)


def apply_all(fn, pairs):
    return [fn(a, b) for a, b in pairs]


run(print, "log:", 1, 2.5)
run(print)
log = print
log("via alias", [1, 2])
print(list(map(pow, [2, 3, 4], [10, 3, 2])), list(starmap(pow, [(2, 5), (7, 2)])))
print(apply_all(divmod, [(17, 5), (-7, 2)]), list(map(divmod, [9, 10], [4, 3])))
print(pow(3, 4, 5), list(map(pow, [3, 4], [4, 2], [5, 7])))
print(list(map(hex, [255, 16])), list(map(bin, [5])), sorted([3, -1, 2], key=hash))
print(list(map(any, [[0, 0], [0, 1]])), list(map(all, [[1, 1], [1, 0]])))
