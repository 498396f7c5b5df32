import heapq
import math


def dijkstra(graph, start):
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


graph = {0: [(1, 4), (2, 1)], 1: [(3, 1)], 2: [(1, 2), (3, 5)], 3: []}
print(dijkstra(graph, 0))
best = float("inf")
for node, d in dijkstra(graph, 0).items():
    print(node, d, best)
    if d < best and d > 0:
        best = d
print("best", best, type(best).__name__)


def mean(xs):
    total = 0
    for x in xs:
        total += x
    return total / len(xs) if xs else None


print(mean([1.5, 2.5, 3.0]), mean([]))
values = [3, 1.5, True, -2, 7.25]
print(values, sorted(values), sum(values), min(values), max(values))
print(max(1, 2.5), min(3, 2.5, 1), max(2, 1.0))
x = 10
x = x / 4 if x > 5 else x
print(x, x * 2, x // 1, x % 2, -x, abs(-x), round(x), round(x, 1), x ** 2)
y = 7 if len(values) > 10 else 7.5
print(y, int(y), float(y), str(y), repr(y), f"{y:>8.2f}|", y == 7.5, y != 7.5, hash(y) == hash(7.5))
mixed = [1, "two", 3.0, None, (4, 5), [6]]
for m in mixed:
    print(m, type(m).__name__, bool(m), m is None)
print(mixed)
key = {1: "int", 2.5: "float", "s": "str", None: "none"}
print(key[1], key[2.5], key["s"], key[None], key.get(1.0), len(key))
counts = {}
for v in [1, 1.0, True, 2, "a", "a"]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
s = 0
for i in range(5):
    s = s + (i if i % 2 else i / 2)
print(s)
acc = None
for i in range(3):
    acc = i if acc is None else acc + i * 0.5
print(acc, math.sqrt(acc), math.floor(acc))
n = 3
n = n * 1.0 if n > 100 else n
print(list(range(n)), "abc"[n - 1])
t = (1, 2.5) if n else (2, 3)
print(t, t[0] + t[1])
