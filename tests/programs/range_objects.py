"""Ranges kept as values: printed and compared as CPython's range objects, indexed,
measured, searched and iterated, stored in lists and passed to functions."""

from itertools import combinations


def describe(r):
    return f"{r} has {len(r)} values: {list(r)}"


def main():
    evens = range(0, 20, 2)
    countdown = range(5, 0, -1)
    empty = range(3, 3)
    print(evens, countdown, empty, range(7))
    print(describe(evens), describe(countdown), describe(empty))
    print(evens[3], evens[-1], 8 in evens, 9 in evens, countdown.index(2), evens.count(4))
    print(type(evens).__name__, str(countdown), repr(range(-3, 3, 2)))
    print(evens == range(0, 19, 2), countdown == range(5, 0, -1), empty == range(0))
    windows = [range(i, i + 3) for i in range(0, 9, 3)]
    print(windows, [sum(w) for w in windows])
    print(list(combinations(range(4), 2))[:3], max(countdown), sorted(countdown))
    total = 0
    for i in countdown:
        total = total * 10 + i
    print(total)
    try:
        range(0, 10, 0)
    except ValueError as e:
        print("ValueError:", e)


main()
