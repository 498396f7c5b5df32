# collections.deque and Counter next to defaultdict: a BFS over a grid with a deque of
# coordinates, a sliding window with maxlen, rotation, and word counts with most_common.
from collections import defaultdict, Counter, deque
import collections


def bfs(grid, start):
    rows, cols = len(grid), len(grid[0])
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return dist


maze = ["..#.", "..#.", "....", "#.#."]
d = bfs(maze, (0, 0))
print(len(d), d[(3, 3)], max(d.values()))

window = collections.deque(maxlen=3)
for x in [(1, 1), (2, 4), (3, 9), (4, 16)]:
    window.append(x)
    print(list(window), len(window))
print(window, window[0], window[-1], (2, 4) in window, (1, 1) in window)
ring = deque([(0, 0), (1, 1), (2, 2), (3, 3)])
ring.rotate(1)
print(ring)
ring.appendleft((9, 9))
print(ring.popleft(), ring.pop(), ring, bool(ring), ring.count((1, 1)))

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["dog"], len(c), "cat" in c, c.total())
print(c)
c.update(["dog", "dog"])
c["cat"] += 5
print(c.most_common(3), sorted(c.elements())[:4], sorted(c))
graph = defaultdict(set)
for a, b in [("a", "b"), ("b", "c"), ("a", "c")]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
empty = deque([(0, 0)])
empty.popleft()
empty.popleft()
