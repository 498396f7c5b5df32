"""defaultdict keyed by values that may be None (`row.get("region")`): None becomes a key;
a plain dict read with such a key raises KeyError."""
from collections import defaultdict


def region_of(row):
    return row.get("region")


rows = [{"region": "east", "amt": 5}, {"amt": 3}, {"region": "west", "amt": 2}]
totals = defaultdict(int)
for r in rows:
    totals[region_of(r)] += r["amt"]
print(dict(totals))
plain = {}
try:
    print(plain[region_of(rows[1])])
except KeyError as e:
    print("KeyError:", e)
plain["north"] = 1
best = None
for r in rows:
    key = r.get("region")
    if key is not None:
        best = key
try:
    print(plain[best])
except KeyError as e:
    print("KeyError:", e)
index = defaultdict(list)
for r in rows:
    index[r.get("region")].append(r["amt"])
print(sorted((k or "-", v) for k, v in index.items()))
