"""Tuples as values: returning several values, unpacking, tuples in lists, sorting pairs."""


def divmod_pair(a, b):
    return a // b, a % b


def min_max(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def stats(xs):
    total = sum(xs)
    return len(xs), total, total / len(xs)


def main():
    q, r = divmod_pair(17, 5)
    print(q, r, divmod_pair(-17, 5))
    lo, hi = min_max([3.5, -1.25, 8.0, 2.0])
    print(lo, hi)
    n, total, mean = stats([2, 4, 4, 4, 5, 5, 7, 9])
    print(n, total, mean)
    point = (3, 4)
    x, y = point
    print(point, x, y, point[0], point[-1], len(point), point == (3, 4), point < (3, 5))
    pairs = [("pear", 3), ("apple", 7), ("fig", 1), ("apple", 2)]
    pairs.sort()
    print(pairs)
    for name, count in pairs:
        print(f"{name:>6} {count}")
    print(sorted([(2, "b"), (1, "z"), (2, "a")]), (1,), (), ("a", 1.5, True, None))
    best = pairs[0]
    for p in pairs:
        if p[1] > best[1]:
            best = p
    print(best, hash((1, 2)) == hash((1, 2)), (1, 2) != (2, 1), str((1, "x")))
    grid = [(r, c) for r in range(2) for c in range(3)]
    print(grid, grid.index((1, 1)), (0, 2) in grid)


main()
