"""An LRU cache on collections.OrderedDict (move_to_end, popitem(last=False)), and the rest of
OrderedDict: order-sensitive equality, reversed iteration, pop with a default, its repr."""
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return -1
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest, _ = self.data.popitem(last=False)
            print("evict", oldest)


cache = LRUCache(3)
for k in [1, 2, 3]:
    cache.put(k, k * 100)
print(cache.get(1), cache.get(5))
cache.put(4, 400)
cache.put(2, 222)
cache.put(5, 500)
print(list(cache.data.items()), cache.hits, cache.misses)

od = OrderedDict([("b", 2), ("a", 1)])
od["c"] = 3
od.move_to_end("b")
od.move_to_end("c", last=False)
print(od, list(od), list(reversed(od)), len(od), "a" in od)
print(od.pop("a"), od.pop("zz", 0), od.get("c"), od.get("q"), od.setdefault("d", 4))
print(od == OrderedDict([("c", 3), ("b", 2), ("d", 4)]), od == OrderedDict([("b", 2), ("c", 3), ("d", 4)]))
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
od.update({"x": 9, "y": 8})
print(list(od.keys()), list(od.values()), od.copy())
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
od.clear()
od.popitem()
