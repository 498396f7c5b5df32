"""Counters built from and updated with mappings add their counts; the exit status comes from
SystemExit raised with an int."""

from collections import Counter

stock = Counter({"apple": 3, "pear": 2})
print(stock, stock["apple"], stock["plum"])
stock.update({"apple": 2, "plum": 1})
print(stock, stock.total())

letters = Counter("mississippi")
letters.update(Counter("sip"))
print(letters.most_common(3))

totals = Counter()
for doc in ["a b a", "b c", "c c a"]:
    totals.update(Counter(doc.split()))
print(totals, Counter(totals) == totals)

words = Counter(["x", "y", "x"])
words.update(["y", "z"])
print(sorted(words.items()))

try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught", repr(e))
raise SystemExit(3)
