"""Looping over a tuple of (name, list) pairs: each list keeps its element type."""
import random

fruits = ["apple", "pear", "plum", "fig"]
veg = ["kale", "leek", "okra"]
random.seed(7)
for label, group in (("fruit", fruits), ("veg", veg)):
    picks = random.choices(group, k=3)
    print(label, picks, max(group, key=len), sorted(group)[0].upper())

scores = {"ann": [3, 9, 4], "bob": [7, 7]}
totals = []
for name, marks in (("ann", scores["ann"]), ("bob", scores["bob"]), ("cy", [])):
    total = sum(marks)
    totals.append(total)
    print(f"{name:>4}: {total:3d} {marks}")
print(totals, sum(totals))
