"""Shortest paths on a grid road network: Dijkstra's algorithm with heapq, adjacency lists of
(neighbour, weight) tuples, a dict of distances (tuples in a heap, dicts, the stdlib heapq)."""
import heapq

N = 200


def make_grid(n):
    seed = 42
    graph = [[] for _ in range(n * n)]
    for y in range(n):
        for x in range(n):
            u = y * n + x
            for dx, dy in ((1, 0), (0, 1)):
                if x + dx < n and y + dy < n:
                    seed = (seed * 1103515245 + 12345) % 2147483648
                    w = 1 + (seed >> 16) % 9
                    v = (y + dy) * n + x + dx
                    graph[u].append((v, w))
                    graph[v].append((u, w))
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    queue = [(0, source)]
    done = [False] * len(graph)
    while queue:
        d, u = heapq.heappop(queue)
        if done[u]:
            continue
        done[u] = True
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, nd + 1):
                dist[v] = nd
                heapq.heappush(queue, (nd, v))
    return dist


graph = make_grid(N)
total = 0
farthest = 0
for source in (0, len(graph) // 2, len(graph) - 1):
    dist = dijkstra(graph, source)
    total += sum(dist.values())
    farthest = max(farthest, max(dist.values()))
print(len(graph), total, farthest)
