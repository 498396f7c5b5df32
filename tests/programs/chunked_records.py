"""Flat data regrouped with the grouper idiom `zip(*[iter(xs)] * n)`, counted with
`math.perm`, and a script's exit status taken from a value of run-time type."""
import math
import sys

flat = "alice 31 paris bob 27 rome carol 45 oslo dave 38".split()
people = []
for name, age, city in zip(*[iter(flat)] * 3):
    people.append((name, int(age), city))
print(people)
pairs = list(zip(*[iter(range(1, 10))] * 2))
print(pairs, sum(a * b for a, b in pairs))
print({k: v for k, v in zip(*(2 * [iter("a1b2c3")]))})
print(list(zip(*[iter([])] * 4)))

print(math.perm(4), math.perm(4, 2), [math.perm(n) for n in range(6)])
try:
    math.perm(-2)
except ValueError as e:
    print("ValueError:", e)

outcomes = {"ok": 0, "warnings": None, "failed": "3 records failed validation"}
status = outcomes["failed"] if len(people) < 4 else outcomes["ok"]
print("exiting with", repr(status))
sys.exit(status)
