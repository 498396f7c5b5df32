"""Records read from rows: namedtuple._make, OrderedDict.fromkeys and the Counter.fromkeys
CPython refuses; a class attribute that does not exist is an error at compile time."""
from collections import Counter, OrderedDict, namedtuple

Row = namedtuple("Row", "name qty price")

raw = [["apple", 3, 0.5], ["pear", 1, 0.75], ["fig", 12, 0.2]]
rows = [Row._make(r) for r in raw]
for r in rows:
    print(r, r.qty * r.price)
print(Row._make(("kiwi", 2, 1.0)))
print(Row._make(iter(["lime", 5, 0.1])).name)

Pair = namedtuple("Pair", ["a", "b"])
print([Pair._make(divmod(n, 7)) for n in (5, 15, 50)])

for bad in ([1, 2], [1, 2, 3, 4]):
    try:
        Pair._make(bad)
    except TypeError as e:
        print("TypeError:", e)

seen = OrderedDict.fromkeys("mississippi")
print(list(seen), "".join(seen))
zeros = OrderedDict.fromkeys(["a", "b", "c"], 0)
zeros["b"] += 5
zeros.move_to_end("a")
print(zeros)

try:
    Counter.fromkeys("abc", 1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
