# Grids kept in dicts and sets keyed by (x, y) tuples: a maze walk, a flood fill, counting,
# and lookups of keys built on the spot.
from collections import defaultdict, deque

MAZE = [
    "#########",
    "#S..#...#",
    "#.#.#.#.#",
    "#.#...#.#",
    "#.#####.#",
    "#...#..E#",
    "#########",
]

walls = set()
grid = {}
start = end = (0, 0)
for y, row in enumerate(MAZE):
    for x, ch in enumerate(row):
        grid[(x, y)] = ch
        if ch == "#":
            walls.add((x, y))
        elif ch == "S":
            start = (x, y)
        elif ch == "E":
            end = (x, y)

def shortest(start, end):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        x, y = queue.popleft()
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if (nx, ny) in walls or (nx, ny) in dist:
                continue
            dist[(nx, ny)] = dist[(x, y)] + 1
            queue.append((nx, ny))
    return dist

dist = shortest(start, end)
print("start", start, "end", end, "steps", dist[end])
print("reachable", len(dist), "walls", len(walls))
print("at (3, 3):", dist.get((3, 3), -1), "at (0, 0):", dist.get((0, 0), -1))
print("char at (4, 1):", grid[(4, 1)], grid.get((40, 1), "?"))

# Counting neighbours of every open cell.
counts = {}
for (x, y) in dist:
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                key = (x + dx, y + dy)
                counts[key] = counts.get(key, 0) + 1
busiest = max(counts.values())
print("cells counted", len(counts), "busiest", busiest,
      sorted(k for k, v in counts.items() if v == busiest))

# defaultdicts keyed by coordinates: += on a missing key, and a list made on first use.
heat = defaultdict(int)
trail = defaultdict(list)
for step in range(30):
    x, y = step % 5, step // 7
    heat[(x, y)] += step
    trail[(x % 2, y % 2)].append(step)
print(sorted(heat.items())[:6])
print(dict(sorted(trail.items())))

# Keys with big and negative ints: stored one way, found the other.
far = {}
for k in range(-3, 4):
    far[(k * 2**64, -k)] = k
    far[(k, -1)] = k * 10
hits = 0
for k in range(-3, 4):
    a = k * 2**64
    if (a, -k) in far and far[(a, -k)] == k:
        hits += 1
    if (k, -1) in far:
        hits += far.get((k, -1), 0) == k * 10
print("hits", hits, "of 14")
print((2**64, -1) in far, (2**64 + 1, -1) in far, (-1, -1) in far, (-2, -2) in far)

# The same key built in a variable, used again after the lookup: the tuple is needed.
seen = set()
order = []
for i in range(6):
    key = (i % 3, i // 3)
    if key not in seen:
        seen.add(key)
        order.append(key)
print(order, len(seen))

# A KeyError names the missing tuple.
try:
    print(grid[(100, -7)])
except KeyError as e:
    print("KeyError", e)

# Counting with d[key] += 1 on a missing key raises KeyError with the tuple.
tally = {(0, 0): 1}
try:
    for p in range(3):
        tally[(p, p)] += 1
except KeyError as e:
    print("missing", e, tally)

# A bool is an int: True == 1, so (1, True) finds (1, 1).
ones = {(1, 1): "one-one"}
flag = True
print(ones.get((1, int(flag)), "no"), (1, 1) in ones, (True, 1) in ones)

last = (7, 7)
print(dist[last])
