"""Printing ragged columns side by side: itertools.zip_longest over any number of
iterables (a spread list of rows, mixed iterables), chain() of nothing, and a value that
is a range or a list."""
from itertools import chain, zip_longest


def transpose(rows, pad=" "):
    return ["".join(col) for col in zip_longest(*rows, fillvalue=pad)]


print(transpose(["abc", "de", "fghi"]))
print(transpose([]))
print(transpose(["solo"]))

menu = {
    "starters": ["soup", "salad"],
    "mains": ["steak", "fish", "pasta", "curry"],
    "desserts": ["cake"],
}
header = list(menu)
print(" | ".join(f"{h:<8}" for h in header))
for line in zip_longest(*menu.values(), fillvalue=""):
    print(" | ".join(f"{item:<8}" for item in line))

print(list(zip_longest([1], [2, 3], [4])))
print(list(zip_longest([1, 2])))
print(list(zip_longest()))
for n, letter, score in zip_longest(range(3), "ab", [9.5]):
    print(n, letter, score)
for a, b in zip_longest([1, 2, 3], "xy", fillvalue="-"):
    print(a, b)

columns = [[1, 2, 3], [4], [], [5, 6]]
print([sum(r) for r in zip_longest(*columns, fillvalue=0)])

print(list(chain()), list(chain([])), [x for x in chain()])
for x in chain():
    print("never", x)


def numbers(small):
    return range(3) if small else [10, 20, 30, 40]


for small in (True, False):
    seq = numbers(small)
    print(seq, len(seq), list(seq), seq[1], 20 in seq)
    print(seq[1:], seq.index(20) if 20 in seq else -1, seq.count(1), sorted(seq, reverse=True))
    try:
        print(seq[7])
    except IndexError as e:
        print("IndexError:", e)
