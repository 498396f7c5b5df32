"""Sensor records as tuples: a header and readings split by slicing, helpers that take
`*values` and forward them, and a report built from variadic formatting functions."""

RECORDS = [
    ("north", "2024-03-01", 12.5, 13.0, 11.75, 14.25),
    ("south", "2024-03-01", 18.0, 17.5),
    ("east", "2024-03-02", 9.5, 10.25, 10.0),
    ("west", "2024-03-02", 15.0),
]


def mean(first, *rest):
    total = first
    for v in rest:
        total += v
    return total / (1 + len(rest))


def spread(*values):
    if not values:
        return 0.0
    return max(values) - min(values)


def fmt_row(label, *cells, width=8):
    out = label.ljust(10)
    for c in cells:
        out += f"{c:>{width}.2f}"
    return out


def log(level, *parts):
    print(f"[{level}]", *parts)


def warn(*parts):
    log("warn", *parts)


def summarize(record):
    site, day = record[:2]
    readings = list(record[2:])
    stats = (mean(*readings), spread(*readings), min(readings))
    if len(readings) < 2:
        warn(site, "has only", len(readings), "reading")
    return site, day, stats


def main():
    rows = []
    for rec in RECORDS:
        site, day, stats = summarize(rec)
        rows.append((site, day) + stats)
        print(fmt_row(site, *stats))
    print(fmt_row("widths", *[1.0, 22.125], width=10))
    # The newest first, the first field of each, every other one.
    print([r[0] for r in rows[::-1]], rows[0][2:], rows[-1][:-1][::2])
    best = max(rows, key=lambda r: r[2])
    print("warmest:", best[:2], round(best[2], 3))
    first, *others = rows
    print(first[:1] + first[-1:], len(others), [o[1:2] for o in others])
    pairs = [(a, b) for a, b in zip(RECORDS[0][2:], RECORDS[2][2:])]
    print(pairs, spread(*[a - b for a, b in pairs]))
    try:
        mean(*[])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(RECORDS[0][::0])
    except ValueError as e:
        print("ValueError:", e)
    sites, means = zip(*[(r[0], r[2]) for r in rows])
    print(sites, means, max(means), sorted(sites))
    log("done", *rows[-1][:1])
    print(tuple(RECORDS[3][1:]), [tuple(r[2:4]) for r in RECORDS])


main()
