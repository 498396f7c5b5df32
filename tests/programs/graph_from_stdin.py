"""Reads an edge list from stdin the competitive-programming way (map(int, line.split())
unpacked) and runs Dijkstra with a simple O(n^2) scan."""
import sys

BIG = 10 ** 18


def read_graph():
    n, m = map(int, input().split())
    adj = [[] for _ in range(n)]
    for _ in range(m):
        a, b, w = map(int, sys.stdin.readline().split())
        adj[a].append((b, w))
        adj[b].append((a, w))
    return adj


def dijkstra(adj, src):
    dist = [BIG] * len(adj)
    dist[src] = 0
    done = [False] * len(adj)
    for _ in range(len(adj)):
        u = -1
        for v in range(len(adj)):
            if not done[v] and (u == -1 or dist[v] < dist[u]):
                u = v
        if dist[u] == BIG:
            break
        done[u] = True
        for v, w in adj[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist


adj = read_graph()
queries = [int(x) for x in sys.stdin.read().split()]
dist = dijkstra(adj, 0)
for q in queries:
    print(q, dist[q] if dist[q] != BIG else "unreachable")
first, *rest = map(str, range(3))
x, y = (len(s) for s in ["ab", "cde"])
print(first, rest, x, y)
for q in queries:
    print("far" if dist[q] > 15 else dist[q] if dist[q] < BIG else None, end=" ")
print()
