"""Sets whose members are big ints mixed with small ones: copies, unions, removals and clears
keep every big member alive exactly as long as some set holds it."""


def powers(base, count):
    return {base ** k for k in range(count)}


def mixed(n):
    s = set()
    for k in range(n):
        s.add(k)
        s.add(3 ** (40 + k))
    return s


small = powers(2, 10)
big = powers(7, 40)
both = small | big
print(len(small), len(big), len(both))
copy = both.copy()
copy.discard(7 ** 39)
copy.discard(2 ** 3)
print(len(copy), 7 ** 39 in copy, 7 ** 39 in both, 8 in both)

grown = set()
for i in range(30):
    grown = grown | {10 ** (20 + i), i}
print(len(grown), max(grown) == 10 ** 49, min(grown))

m = mixed(12)
only_small = {x for x in m if x < 100}
only_big = m - only_small
print(len(m), sorted(only_small), len(only_big), min(only_big) == 3 ** 40)

popped = 0
while only_big:
    x = only_big.pop()
    if x > 10 ** 18:
        popped += 1
print(popped, len(only_big))

m.clear()
print(len(m), m)

same = {2 ** 64, 2 ** 64 + 0, 18446744073709551616}
print(len(same), same)
sym = (small | {2 ** 100}) ^ {2 ** 100, 1, 3}
print(sorted(sym))
inter = both & {7 ** 20, 5, 2 ** 9}
print(sorted(inter))
