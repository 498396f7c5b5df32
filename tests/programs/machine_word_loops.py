# Loops whose ints the compiler proves small (and so computes as machine words) next to loops
# that cross the machine-word bounds: every result must still be exact.


def nested(n):
    total = 0
    for i in range(n):
        for j in range(i, n):
            total += i * j - (i + j) // 3
    return total


def countdown(start):
    steps = 0
    k = start
    while k > -5:
        k -= 3
        steps += 1
    return steps, k


def stepping(limit):
    d = 3
    hits = 0
    while d * d <= limit:
        if limit % d == 0:
            hits += 1
        d += 2
    return d, hits


def across_the_edge():
    out = []
    for base in (2**61 - 2, 2**62 - 2, -(2**62) - 1, 2**63 - 1):
        x = base
        for _ in range(4):
            x += 1
            out.append(x)
        y = base
        while y > base - 3:
            y -= 1
        out.append(y * y)
    for i in range(2**62 - 2, 2**62 + 2):
        out.append(i * 2)
    return out


def matrix_index(rows, cols):
    cells = [0] * (rows * cols)
    for r in range(rows):
        for c in range(cols):
            cells[r * cols + c] = (r + 1) * (c + 1)
    return sum(cells), cells[-1]


print(nested(60))
print(countdown(100), countdown(-4))
print(stepping(9991), stepping(1_000_003))
for v in across_the_edge():
    print(v)
print(matrix_index(30, 40))
