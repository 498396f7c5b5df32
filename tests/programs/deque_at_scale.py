"""deque at scale: 200,000 appendlefts, the marble game (rotate by 7 and -1 on a deque of
thousands), a 0-1 BFS mixing appendleft and append, and rotations of a bounded deque: each
operation O(1) amortized (rotate by k moves min(k, n - k) items), as in CPython."""
from collections import deque
d = deque()
for i in range(200000):
    d.appendleft(i)
print(len(d), d[0], d[-1])
# marble game
def marbles(players, last):
    circle = deque([0])
    scores = [0] * players
    for m in range(1, last + 1):
        if m % 23 == 0:
            circle.rotate(7)
            scores[m % players] += m + circle.pop()
            circle.rotate(-1)
        else:
            circle.rotate(-1)
            circle.append(m)
    return max(scores)
print(marbles(9, 25), marbles(10, 1618), marbles(30, 50000))
# 0-1 BFS
def bfs01(n):
    dist = [10**9] * n
    dist[0] = 0
    q = deque([0])
    while q:
        u = q.popleft()
        for v, w in ((u + 1, 1), (u * 2, 0)):
            if v < n and dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                if w == 0:
                    q.appendleft(v)
                else:
                    q.append(v)
    return sum(dist)
print(bfs01(100000))
e = deque([1, 2, 3, 4, 5], maxlen=5)
e.rotate(2); print(e)
e.appendleft(0); print(e)
e.rotate(-3); print(e, list(reversed(e)), e.index(4), 3 in e)
f = deque("abc"); f.extendleft("xyz"); print(f, f.popleft(), f.pop(), len(f))
f.rotate(100); print(f); f.clear(); f.appendleft("q"); print(f)
from itertools import zip_longest
print(list(zip_longest("ab", "xyz", fillvalue="-")))
