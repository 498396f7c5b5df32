"""Summary statistics over rows read from CSV-like text: numbers parsed as int when they can
be, float otherwise, and missing values as None."""

DATA = """name,age,height,score
ada,36,1.65,91.5
alan,41,,88
grace,85,1.60,
linus,28,1.80,79.25
"""


def parse(cell):
    if cell == "":
        return None
    try:
        return int(cell)
    except ValueError:
        pass
    try:
        return float(cell)
    except ValueError:
        return cell


def load(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        values = [parse(c) for c in line.split(",")]
        rows.append(dict(zip(header, values)))
    return header, rows


def column(rows, name):
    return [r[name] for r in rows if r[name] is not None]


def mean(xs):
    return sum(xs) / len(xs) if xs else None


def describe(xs):
    if not xs:
        return "empty"
    lo, hi = min(xs), max(xs)
    return f"n={len(xs)} min={lo} max={hi} mean={mean(xs):.3f} range={hi - lo}"


header, rows = load(DATA)
print(header)
for r in rows:
    print(r)
for name in header[1:]:
    print(name, describe(column(rows, name)))
oldest = max(rows, key=lambda r: r["age"])
print("oldest:", oldest["name"], oldest["age"])
total = 0
for r in rows:
    if r["score"] is not None:
        total += r["score"]
print("total score", total, type(total).__name__)
by_initial = {}
for r in rows:
    by_initial.setdefault(r["name"][0], []).append(r["name"])
print(by_initial)
