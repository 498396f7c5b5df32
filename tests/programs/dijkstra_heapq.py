# Shortest paths on a weighted road network with Dijkstra's algorithm and heapq, the way the
# textbook (and every contest solution) writes it; then the k nearest towns and a merge of
# sorted timetables.
import heapq
from heapq import heappush, heappop


def make_graph(n, seed):
    graph = {i: [] for i in range(n)}
    state = seed
    for u in range(n):
        for _ in range(3):
            state = (state * 1103515245 + 12345) % 2147483648
            v = state % n
            state = (state * 1103515245 + 12345) % 2147483648
            w = 1 + state % 20
            if v != u:
                graph[u].append((v, w))
                graph[v].append((u, w))
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    queue = [(0, source)]
    visited = set()
    while queue:
        d, u = heappop(queue)
        if u in visited:
            continue
        visited.add(u)
        for v, w in graph[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heappush(queue, (nd, v))
    return dist, prev


def path_to(prev, source, target):
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    path.reverse()
    return path


graph = make_graph(60, 7)
dist, prev = dijkstra(graph, 0)
print("reachable:", len(dist), "of", len(graph))
for target in [5, 17, 42, 59]:
    if target in dist:
        print(f"0 -> {target}: {dist[target]:3d} via {path_to(prev, 0, target)}")
    else:
        print(f"0 -> {target}: unreachable")

farthest = max(dist, key=lambda t: (dist[t], t))
print("farthest:", farthest, dist[farthest])
print("nearest five:", heapq.nsmallest(5, [(d, t) for t, d in dist.items() if t != 0]))
print("top three:", heapq.nlargest(3, dist.values()))


class Train:
    def __init__(self, time, line):
        self.time = time
        self.line = line

    def __lt__(self, other):
        return (self.time, self.line) < (other.time, other.line)

    def __repr__(self):
        return f"{self.line}@{self.time // 60:02d}:{self.time % 60:02d}"


departures = []
for line, first, every in [("A", 300, 25), ("B", 310, 40), ("C", 295, 15)]:
    for k in range(4):
        heappush(departures, Train(first + k * every, line))
board = [heappop(departures) for _ in range(6)]
print("next departures:", board)
print("left in queue:", len(departures), "earliest", departures[0])

numbers = [31, 4, 15, 9, 26, 5, 35, 8]
heapq.heapify(numbers)
print("heapified:", numbers)
print("pushpop:", heapq.heappushpop(numbers, 1), heapq.heappushpop(numbers, 20))
print("replace:", heapq.heapreplace(numbers, 50), numbers[0])
drained = []
while numbers:
    drained.append(heapq.heappop(numbers))
print("sorted:", drained)
try:
    heapq.heappop(numbers)
except IndexError as e:
    print("empty heap:", e)
print(heapq.nlargest(2, ["pear", "fig", "banana", "kiwi"], key=len))
heapq.heappop(numbers)
