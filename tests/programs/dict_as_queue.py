"""Dicts used as insertion-ordered queues and bounded caches: the oldest key is deleted
again and again, while new keys arrive and the dict is walked."""


def oldest(d):
    for k in d:
        return k
    return None


pending = {}
served = []
for t in range(1, 200):
    pending[f"job{t}"] = t * t % 97
    if t % 3 == 0:
        k = next(iter(pending))
        served.append((k, pending.pop(k)))
    if t % 7 == 0:
        del pending[oldest(pending)]
    if t % 50 == 0:
        print(t, len(pending), list(pending)[:3], oldest(pending))
print(len(served), served[:4], served[-2:])
print(sum(pending.values()), list(pending.items())[-3:])

# A cache that keeps the 5 most recently used keys.
cache = {}
hits = misses = 0
for q in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3]:
    if q in cache:
        hits += 1
        cache[q] = cache.pop(q)
    else:
        misses += 1
        cache[q] = q * 10
        if len(cache) > 5:
            del cache[next(iter(cache))]
print(hits, misses, cache)

# Emptied from the front, then filled again.
d = {i: str(i) for i in range(10)}
while d:
    first = next(iter(d))
    del d[first]
    if first == 4:
        print("half:", d)
d["again"] = "yes"
d[0] = "zero"
print(d, next(iter(d)), list(reversed(d)))
for k in list(d):
    del d[k]
print(d, oldest(d))

# Changing the keys while walking still raises CPython's RuntimeError.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        del d[k]
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
