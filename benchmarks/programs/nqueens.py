"""N-queens: count every placement of N queens with a recursive generator of partial
solutions (generators, list building, sets)."""

N = 11


def place(n, row, cols, diag1, diag2):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c not in cols and (row + c) not in diag1 and (row - c) not in diag2:
            yield from place(n, row + 1, cols + [c], diag1 | {row + c}, diag2 | {row - c})


def solve(n):
    count = 0
    first = []
    for sol in place(n, 0, [], set(), set()):
        if count == 0:
            first = sol
        count += 1
    return count, first


count, first = solve(N)
print(count, first)
