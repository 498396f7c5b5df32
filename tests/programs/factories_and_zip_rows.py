"""Builtin types passed as zero-argument factories (make(list)) and with their arguments
(int with a base), and zip(headers, *rows)."""
from collections import defaultdict
def make(factory):
    return factory()
print(make(list), make(int), make(dict), make(str), make(set), make(tuple), make(float), make(bool))
print(list(map(int, ["1", "2"])), sorted(["10", "9"], key=int), list(map(str, [1, 2])), int, list)
conv = int
print(conv("ff", 16), conv("11", base=2), conv(), conv(3.7))
headers = ("name", "qty")
rows = [("apple", 3), ("watermelon", 12)]
print([max(len(str(x)) for x in col) for col in zip(headers, *rows)])
for h, *vals in zip(headers, *rows):
    print(h, vals)
print(list(zip([1, 2], *[[3, 4], [5, 6]])))
