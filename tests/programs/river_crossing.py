"""Two breadth-first searches in one program: a grid walk and the wolf-goat-cabbage river
crossing. Their deques hold different item types, so the items popped are values of run-time
type: tuple concatenation and frozenset algebra on them go through the runtime."""
from collections import deque

GRID = """\
S..#....
.#.#.##.
.#...#..
.####.#.
......#E"""


def shortest_walk(text):
    rows = text.splitlines()
    start = end = (0, 0)
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == "S":
                start = (x, y)
            elif ch == "E":
                end = (x, y)
    queue = deque([(start, 0)])
    seen = {start}
    while queue:
        (x, y), steps = queue.popleft()
        if (x, y) == end:
            return steps
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= ny < len(rows) and 0 <= nx < len(rows[0]) and rows[ny][nx] != "#":
                if (nx, ny) not in seen:
                    seen.add((nx, ny))
                    queue.append(((nx, ny), steps + 1))
    return -1


ITEMS = frozenset({"wolf", "goat", "cabbage"})
UNSAFE = [frozenset({"wolf", "goat"}), frozenset({"goat", "cabbage"})]


def safe(bank):
    return not any(pair <= bank for pair in UNSAFE)


def crossing():
    start = (ITEMS, "left")
    queue = deque([(start, ())])
    seen = {start}
    while queue:
        (left, boat), path = queue.popleft()
        if not left and boat == "right":
            return path
        here = left if boat == "left" else ITEMS - left
        for cargo in [None] + sorted(here):
            moved = frozenset() if cargo is None else frozenset({cargo})
            if boat == "left":
                new_left, new_boat = left - moved, "right"
                unattended = new_left
            else:
                new_left, new_boat = left | moved, "left"
                unattended = ITEMS - new_left
            if not safe(unattended):
                continue
            state = (new_left, new_boat)
            if state not in seen:
                seen.add(state)
                queue.append((state, path + (cargo or "nothing",)))
    return ()


print("walk:", shortest_walk(GRID))
plan = crossing()
print("crossing in", len(plan), "trips:", ", ".join(plan))

# The set operators on values of run-time type, both ways round and with frozensets.
mixed = [{"a", "b"}, 3, frozenset({1, 2}), b"xy", ("t",)]
s, f, raw, t = mixed[0], mixed[2], mixed[3], mixed[4]
print(sorted({"b", "c"} - s), sorted(s | {"z"}), sorted({"a"} & s), sorted(s ^ {"a", "q"}))
print(sorted(f | {3}), sorted({0, 1} - f), f & {2, 5}, type(f - {1}).__name__)
print(sorted({"q"} | f, key=str), type({"q"} | f).__name__)
print(raw + b"!", b">" + raw, t + (1,), (0,) + t)
for bad in (lambda: {1} - mixed[1], lambda: t + [1], lambda: s + (1,)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
