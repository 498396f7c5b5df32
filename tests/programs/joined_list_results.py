"""Lists made from sets, dicts, views, ranges and tuples (list(), sorted(), unpacking) where
another branch gives a list of run-time-typed items (list(counter) of a Counter whose keys
are ints here and strs elsewhere): their numbers are boxed (an int read as an object
segfaulted)."""
from collections import Counter
tally = Counter()
tally["x"] = 1


def pick(vals, k):
    d = {v: v * 2 for v in vals}
    t = tuple(vals)
    options = [
        list(set(vals)), sorted(set(vals)), list(d), sorted(d), list(d.values()),
        list(range(3)), list(t), sorted(t), list(d.keys()), [*set(vals)], sorted(d.values()),
    ]
    got = options[k] if k >= 0 else list(Counter(vals))
    return got


def first(vals, k):
    u = list(range(len(vals))) if k == 0 else (list(tuple(vals)) if k == 1 else list(Counter(vals)))
    w = sorted(set(vals)) if k == 0 else list(Counter(vals))
    return u[0], w[0], u, w


for k in range(11):
    r = pick([14, 12, 14], k)
    print(k, r, r[0] + 0 if isinstance(r[0], int) else r[0])
print(first([5, 3], 0), first([5, 3], 1), first(["a", "b"], 2))


def evaluate(vals):
    uniq = list(set(vals))
    return uniq if uniq[0] == 4 else list(Counter(vals))


print(evaluate([14, 12]), evaluate([4, 4, 9]))
