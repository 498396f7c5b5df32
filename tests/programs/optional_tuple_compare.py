"""BFS path rebuilding: == between a tuple that may be None and a tuple (also lists)."""
from collections import deque
def bfs(grid, start, goal):
    parent = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        x, y = cur
        for nx, ny in ((x + 1, y), (x, y + 1), (x - 1, y), (x, y - 1)):
            if 0 <= nx < len(grid) and 0 <= ny < len(grid[0]) and grid[nx][ny] == "." and (nx, ny) not in parent:
                parent[(nx, ny)] = cur
                q.append((nx, ny))
    path = []
    p = goal
    while p is not None:
        path.append(p)
        p = parent[p]
        if p == start:
            path.append(p)
            break
    return path[::-1]
grid = ["...", ".#.", "..."]
print(bfs(grid, (0, 0), (2, 2)))
parent = {(1, 1): (0, 0), (0, 0): None}
p = parent[(1, 1)]
print(p == (0, 0), p != (0, 0), parent[(0, 0)] == (0, 0), (0, 0) == p, parent[(0, 0)] == None)
lst = {"a": [1, 2], "b": None}
print(lst["a"] == [1, 2], lst["b"] == [1, 2])
