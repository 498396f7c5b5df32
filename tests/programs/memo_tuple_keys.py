# Memoized recursion keyed by (i, j) tuples held in a variable, and keys whose items change
# between building the tuple and looking it up.
def grid_paths(i, j, blocked, memo):
    key = (i, j)
    if key in memo:
        return memo[key]
    if key in blocked:
        r = 0
    elif i == 0 or j == 0:
        r = 1
    else:
        r = grid_paths(i - 1, j, blocked, memo) + grid_paths(i, j - 1, blocked, memo)
    memo[key] = r
    return r


def edit(a, b):
    memo = {}
    def go(i, j):
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == len(a):
            r = len(b) - j
        elif j == len(b):
            r = len(a) - i
        elif a[i] == b[j]:
            r = go(i + 1, j + 1)
        else:
            r = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        memo[key] = r
        return r
    return go(0, 0)


def moving(n):
    seen = {}
    x = 0
    key = (x, 0)
    for step in range(n):
        seen[key] = seen.get(key, 0) + step
        x += 1
        if step % 3 == 0:
            key = (x, step)
    return sorted(seen.items())


def loop_clobber(n):
    d = {(k, k): k for k in range(n)}
    a = 0
    key = (a, a)
    total = 0
    while a < n:
        total += d.get(key, -1)
        a += 1
    return total


print(grid_paths(12, 12, {(3, 4), (5, 5)}, {}))
print(edit("kitten sitting on", "sitting kitten at"))
print(moving(10))
print(loop_clobber(5))
