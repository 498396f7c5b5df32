"""zip() and enumerate() iterated inside functions: by comprehensions, single-target loops,
and builtins, with the iterables being the function's own locals."""


def report(names, scores):
    table = dict(zip(names, scores))
    ranked = [f"{i}. {n}" for i, n in enumerate(sorted(names), start=1)]
    pairs = []
    for pair in zip(names, scores):
        pairs.append(pair)
    for i, (n, s) in enumerate(zip(names, scores), 1):
        print(i, n, s)
    best = max(zip(scores, names))
    total = sum(s * w for s, w in zip(scores, range(1, 10)))
    passed = [n for n, s in zip(names, scores) if s > 50]
    return table, ranked, pairs, best, total, passed


def histogram(xs, bins):
    lo, hi = min(xs), max(xs)
    width = (hi - lo) / bins
    counts = [0] * bins
    for x in xs:
        counts[min(int((x - lo) / width), bins - 1)] += 1
    return [(round(lo + i * width, 2), c) for i, c in enumerate(counts)]


def transpose_pairs(rows):
    return {k: v for k, v in zip([r[0] for r in rows], [r[1] for r in rows])}


table, ranked, pairs, best, total, passed = report(["x", "y", "z"], [40, 70, 55])
print(table, ranked, pairs, sep="\n")
print(best, total, passed)
print(histogram([1.5, 2.0, 2.2, 3.9, 4.0, 7.5, 9.0, 9.5], 4))
print(transpose_pairs([("a", 1), ("b", 2)]))
print(list(enumerate("abc")), [i + j for i, j in zip(range(3), range(10, 13))])
