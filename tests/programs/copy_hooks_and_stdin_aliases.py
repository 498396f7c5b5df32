"""A class's own __copy__ / __deepcopy__ (with the memo idiom), an OrderedDict compared with
a dict, sorted/min/max with key=None, and input = sys.stdin.readline (the competitive
programming idiom) reading the lines given on stdin."""
import copy
import sys
from collections import OrderedDict


class Connection:
    def __init__(self, name):
        self.name = name
        self.cache = [1, 2]

    def __copy__(self):
        return Connection(self.name + "-copy")

    def __deepcopy__(self, memo):
        c = Connection(self.name + "-deep")
        c.cache = copy.deepcopy(self.cache, memo)
        c.cache.append(len(memo) >= 0)
        return c


a = Connection("db")
b = copy.copy(a)
c = copy.deepcopy(a)
print(b.name, b.cache, c.name, c.cache, a.cache)

od = OrderedDict([("x", 1), ("y", 2)])
print(od == {"y": 2, "x": 1}, od == {"x": 1}, od == OrderedDict([("y", 2), ("x", 1)]))

words = ["pear", "Fig", "apple"]
print(sorted(words, key=None), min(words, key=None), max(words, key=None, default="?"))
words.sort(key=None, reverse=True)
print(words)

input = sys.stdin.readline
n = int(input())
total = 0
for _ in range(n):
    a_, b_ = map(int, input().split())
    total += a_ * b_
print(n, total)
read_rest = sys.stdin.read
rest = read_rest().split()
print(rest, repr(input()))
