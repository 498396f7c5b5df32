import itertools
from functools import partial
from itertools import groupby


def runs(text):
    return [(ch, len(list(g))) for ch, g in groupby(text)]


def first_of_each(rows):
    out = []
    for key, group in groupby(rows, key=lambda r: r[0]):
        first = next(group)
        rest = sum(1 for _ in group)
        out.append((key, first[1], rest))
    return out


def produce(xs):
    for x in xs:
        print("  produce", x)
        yield x


print(runs("aaabccddddde"))
print(first_of_each([("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5), ("c", 6)]))
for k, g in groupby(produce([1, 1, 2, 3, 3]), key=lambda x: x % 2):
    print("group", k)
    print("  items", list(g))
pairs = list(groupby("aabbb"))
print([(k, list(g)) for k, g in pairs])
print([k for k, _ in groupby([])], [k for k, _ in groupby([5])])
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=len)
for n, g in groupby(words, key=len):
    print(n, sorted(g))
numbers = [3, 4, 4, 7, 7, 7, 9]
print({k: len(list(g)) for k, g in itertools.groupby(numbers)})

row = "{name:<8}|{qty:>4}".format
print(row(name="bolts", qty=12))
print(row(name="nuts", qty=7))
pair = "{}={}".format
print(pair("x", 1), list(map("{}={}".format, "ab", [1, 2])))
label = partial("{}-{}-{}".format, "v")
print(label(1, 2), label("a", "b"))
print(list(map("{:>5}".format, [1, 22, 333])))
