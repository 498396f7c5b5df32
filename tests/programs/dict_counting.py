"""Counting with dicts the ways Python programmers write it: `d[k] = d.get(k, 0) + 1`,
`d[k] += n`, defaultdict(int), over str, int, float and tuple keys; counts that grow past
64 bits; KeyError from `+=` on a missing key; changing a dict while iterating it."""
from collections import defaultdict


def word_counts(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def neighbours(cells):
    counts = {}
    for x, y in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = (x + dx, y + dy)
                    counts[key] = counts.get(key, 0) + 1
    return counts


def histogram(values, width):
    bins = defaultdict(int)
    for v in values:
        b = v // width
        bins[b] += 1
    return dict(sorted(bins.items()))


def weighted(pairs):
    totals = {}
    for name, amount in pairs:
        if name not in totals:
            totals[name] = 0
        totals[name] += amount
    return totals


def main():
    text = "the quick brown fox jumps over the lazy dog the fox"
    print(word_counts(text))
    glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
    n = neighbours(glider)
    print(len(n), sorted(n.items())[:6], max(n.values()))
    print(histogram([3, 17, 25, 8, 41, 44, 0, -5, -12, 99], 10))
    print(weighted([("ann", 5), ("bob", -3), ("ann", 10), ("cy", 0), ("bob", 7)]))

    # Starting values other than zero, a variable step, float keys.
    scores = {}
    step = 7
    for k in [0.5, 1.5, 0.5, 2.25, 0.5]:
        scores[k] = scores.get(k, 100) + step
    print(scores)

    # Past 64 bits and back.
    big = {"x": 2**62}
    for _ in range(4):
        big["x"] += 2**62
    print(big)
    big["x"] += -(2**64)
    print(big, big["x"] == 0)
    huge = {}
    for i in range(3):
        huge[i] = huge.get(i, 9223372036854775807) + 9223372036854775807
    print(huge)

    # `+=` on a missing key is a KeyError, and leaves the dict as it was.
    stock = {"apples": 3}
    try:
        stock["pears"] += 1
    except KeyError as e:
        print("KeyError", e, stock)

    # A defaultdict's `+=` starts from its factory's value; get() does not use the factory.
    dd = defaultdict(int)
    dd["a"] += 5
    dd["b"] = dd.get("b", 10) + 1
    print(dict(dd), "c" in dd)

    # Counting into the dict being iterated changes its size: RuntimeError, as in CPython.
    seen = {1: 1, 2: 1}
    try:
        for k in seen:
            seen[k + 10] = seen.get(k + 10, 0) + 1
    except RuntimeError as e:
        print("RuntimeError:", e)
    # Counting existing keys does not change the size.
    for k in seen:
        seen[k] = seen.get(k, 0) + 1
    print(seen)

    tally = {}
    for i in range(10):
        tally[i % 3] += 1
    print(tally)


main()
