"""Callbacks that update shared state through the container dunders called by name
(`counts.__setitem__`, `cache.__delitem__`), as lambdas stored in a dispatch table."""

counts = {"clicks": 0, "keys": 0}
cache = {"a": 1, "b": 2, "c": 3}
history = []

handlers = {
    "click": lambda: counts.__setitem__("clicks", counts["clicks"] + 1),
    "key": lambda: counts.__setitem__("keys", counts["keys"] + 1),
    "evict": lambda: cache.__delitem__(min(cache)),
    "log": lambda: history.__setitem__(slice(0, 0), [len(history)]),
}
for event in ["click", "key", "click", "evict", "log", "click", "evict", "log"]:
    result = handlers[event]()
    print(event, result, counts, sorted(cache), history)
try:
    cache.__delitem__("zz")
except KeyError as e:
    print("KeyError", e)
grid = [[0] * 3 for _ in range(2)]
grid[1].__setitem__(2, 7)
print(grid, grid.__getitem__(1), (7 in grid[1]), grid[1].__contains__(0))
