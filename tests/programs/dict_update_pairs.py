"""Merging inventories: dict.update() of key-value pairs (lists of tuples, zip, generator
expressions, items views, split lines) and defaultdict(factory, initial items)."""
from collections import defaultdict


def parse_config(lines):
    settings = {"debug": "off", "level": "1"}
    settings.update(line.strip().split("=", 1) for line in lines if "=" in line)
    return settings


def restock(stock, deliveries):
    merged = dict(stock)
    merged.update((item, merged.get(item, 0) + qty) for item, qty in deliveries)
    return merged


stock = {"bolts": 120, "nuts": 80}
stock.update([("washers", 40), ("bolts", 100)])
print(stock)
print(restock(stock, [("nuts", 20), ("springs", 5)]))

names = ["ann", "bob", "cy"]
scores = {}
scores.update(zip(names, [91, 78, 85]))
scores.update({"dee": 66}.items())
print(scores, len(scores))

print(parse_config(["level = 3", "# comment", "mode=fast"]))

by_team = defaultdict(list, {"red": ["ann"]})
for name, team in [("bob", "blue"), ("cy", "red"), ("dee", "blue")]:
    by_team[team].append(name)
print(by_team)
print(sorted(by_team))

tally = defaultdict(int, zip("abc", [3, 2, 1]))
for ch in "abacus":
    tally[ch] += 1
print(dict(tally), tally["z"], len(tally))

seen = defaultdict(set, [("x", {1, 2})])
seen["x"].add(3)
seen["y"].add(0)
print(sorted((k, sorted(v)) for k, v in seen.items()))

empty = {}
empty.update([])
empty.update(x for x in [])
print(empty)

table = {}
table.update([["k1", "v1"], ["k2", "v2"]])
print(table)
try:
    table.update([["k3", "v3", "extra"]])
except ValueError as e:
    print("ValueError:", e)
print(table)
