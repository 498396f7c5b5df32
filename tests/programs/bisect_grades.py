# Sorted-list bookkeeping with bisect: grade boundaries, a leaderboard kept sorted with insort,
# counting values in a range, and the lo/hi bounds.
from bisect import bisect, bisect_left, bisect_right, insort
import bisect as bs


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

leaderboard = []
for name, score in [("ann", 72), ("bob", 95), ("cy", 72), ("dee", 88), ("eve", 60)]:
    insort(leaderboard, (-score, name))
print([(name, -neg) for neg, name in leaderboard])

readings = sorted([3.5, 1.25, 9.0, 4.75, 4.75, 2.0, 7.5, 4.75])
lo, hi = bisect_left(readings, 4.75), bisect_right(readings, 4.75)
print("4.75 occurs", hi - lo, "times at", lo)
print("in [2, 8):", bisect_left(readings, 8.0) - bisect_left(readings, 2.0))
print(bs.bisect_left(readings, 4.75, 4), bs.bisect_right(readings, 4.75, 0, 3))

words = ["apple", "cherry", "fig", "grape"]
bs.insort_left(words, "banana")
bs.insort_right(words, "fig")
print(words, bs.bisect(words, "date"))


def first_at_least(xs, target):
    i = bisect_left(xs, target)
    if i != len(xs):
        return xs[i]
    raise ValueError(f"no value >= {target}")


print(first_at_least([1, 3, 5, 7], 4))
try:
    print(bs.bisect_left([1, 2], 1, -1))
except ValueError as e:
    print("ValueError:", e)
print(first_at_least([1, 3, 5, 7], 8))
