"""Conway's game of life on an unbounded board kept as a set of (x, y) tuples, for N
generations from an R-pentomino (sets of tuples, dict counting, hashing)."""

N = 1500


def step(live):
    counts = {}
    for x, y in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx != 0 or dy != 0:
                    key = (x + dx, y + dy)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, c in counts.items() if c == 3 or (c == 2 and cell in live)}


live = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
for _ in range(N):
    live = step(live)
xs = [x for x, _ in live]
ys = [y for _, y in live]
print(len(live), min(xs), max(xs), min(ys), max(ys))
