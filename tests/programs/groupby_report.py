"""A report script: parse rows, total them, then group with itertools.groupby, reusing the
loop variable names at module level."""
from itertools import groupby

DATA = """\
2024-01 north 120
2024-01 south 80
2024-02 north 95
2024-02 east 40
2024-03 south 130
"""

rows = []
for line in DATA.splitlines():
    month, name, amount = line.split()
    rows.append((name, month, int(amount)))

totals = {}
for r in rows:
    totals[r[0]] = totals.get(r[0], 0) + r[2]

for name, grp in groupby(sorted(rows), key=lambda r: r[0]):
    items = list(grp)
    print(f"{name:<6} {len(items)} rows, {sum(r[2] for r in items):>4}")
for month, grp in groupby(rows, key=lambda r: r[1]):
    print(month, [r[0] for r in grp])
print(totals, [k for k, _ in groupby("aaabccd")])
