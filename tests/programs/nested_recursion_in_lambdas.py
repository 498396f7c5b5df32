"""A nested function that calls itself from inside a lambda or a generator expression (a grid
flood fill inside `solve()`, a tree depth with `max(... for ...)`, callbacks made in a loop):
the function's own name is a variable the inner function captures."""


def solve(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]

    def dfs(r, c):
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in seen or grid[r][c] == "#":
            return 0
        seen.add((r, c))
        return 1 + sum(dfs(r + dr, c + dc) for dr, dc in dirs)

    return dfs(0, 0)


def depth_of(tree):
    def depth(x):
        if not isinstance(x, list):
            return 0
        return 1 + max((depth(y) for y in x), default=0)

    return depth(tree)


def countdown():
    def step(i):
        if i == 0:
            return ["liftoff"]
        return [str(i)] + (lambda: step(i - 1))()

    return step


def fan_out(n):
    def count(k):
        children = [lambda j=j: count(j) for j in range(k)]
        return 1 + sum(child() for child in children)

    return count(n)


def memo_paths(width, height):
    cache = {}

    def paths(x, y):
        if x == 0 or y == 0:
            return 1
        if (x, y) not in cache:
            cache[(x, y)] = sum(paths(x - dx, y - dy) for dx, dy in ((1, 0), (0, 1)))
        return cache[(x, y)]

    return paths(width, height)


grid = [
    "..#....",
    ".##.##.",
    "...#...",
    "##...#.",
]
print(solve(grid))
print(depth_of([[1, [2, [3, []]]], 4, [[5]]]))
print(countdown()(5))
print([fan_out(n) for n in range(6)])
print(memo_paths(10, 10), memo_paths(16, 16))
