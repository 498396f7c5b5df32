# A flat inventory report, written as a script: every step at the top level, no functions
# for the main flow (the way quick scripts are written).

warehouses = [
    ("north", [("bolts", 1200, 0.05), ("nuts", 3400, 0.02), ("gears", 75, 12.5)]),
    ("south", [("bolts", 800, 0.05), ("springs", 560, 0.4), ("gears", 20, 12.5)]),
    ("east", [("washers", 9000, 0.01), ("nuts", 150, 0.02)]),
]

totals = {}
values = {}
for name, items in warehouses:
    for item, count, price in items:
        totals[item] = totals.get(item, 0) + count
        values[item] = values.get(item, 0.0) + count * price

first = warehouses[0]
second = warehouses[1]
third = warehouses[2]
print("first warehouse:", first[0], "with", len(first[1]), "items")
print("second warehouse:", second[0], "with", len(second[1]), "items")
print("third warehouse:", third[0], "with", len(third[1]), "items")

biggest = max(totals, key=lambda k: totals[k])
smallest = min(totals, key=lambda k: totals[k])
print("most stocked:", biggest, totals[biggest])
print("least stocked:", smallest, totals[smallest])

grand = sum(totals.values())
print("units:", grand)
worth = round(sum(values.values()), 2)
print("worth:", worth)

# Big numbers along the way: the temporaries here are big ints.
factorial = 1
for k in range(1, 31):
    factorial *= k
print("30! =", factorial)
shifted = factorial * 2**64 + grand
print("shifted:", shifted)
print("digits:", len(str(shifted)))
half = shifted // 2
print("half:", half, "rest:", shifted - half * 2)

labels = [f"{item}={totals[item]}" for item in sorted(totals)]
print(", ".join(labels))
line = "-" * 30
print(line)

pair = (biggest, totals[biggest])
other = (smallest, totals[smallest])
if pair[1] > other[1]:
    print("spread:", pair[1] - other[1])
if pair[0] != other[0]:
    print("different items:", pair[0], other[0])

a0 = sorted(totals.items())[0]
a1 = sorted(totals.items())[1]
a2 = sorted(totals.items())[2]
a3 = sorted(totals.items())[3]
a4 = sorted(totals.items())[4]
count = 0
if a0[1] > 100:
    count += a0[1]
if a1[1] > 100:
    count += a1[1]
if a2[1] > 100:
    count += a2[1]
if a3[1] > 100:
    count += a3[1]
if a4[1] > 100:
    count += a4[1]
print("counted over 100:", count)

big_total = 0
big_total += factorial
big_total += factorial * 3
big_total -= factorial // 7
print("big total:", big_total)

try:
    missing = totals["sprockets"]
except KeyError as e:
    print("no", e)

try:
    ratio = totals["gears"] // (totals["bolts"] - 2000)
except ZeroDivisionError:
    print("no ratio")

report = {}
for item in totals:
    report[item] = (totals[item], round(values[item], 2))
for item, (n, v) in sorted(report.items()):
    print(f"{item:>8} {n:>6} {v:>8.2f}")

checksum = 0
for item, (n, v) in report.items():
    checksum = (checksum * 31 + n) % 1000003
print("checksum:", checksum)

# The last step fails: the script stops with a traceback while big ints and tuples are
# still held by its temporaries.
needed = (factorial * 5, "gears", totals["gears"] * 1000)
print("needed:", needed[0] // factorial, needed[1], needed[2])
shortfall = needed[2] - totals["gears"]
print("shortfall:", shortfall)
lookup = totals["widgets"] + factorial
print("never printed", lookup)
