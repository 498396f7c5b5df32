"""functools.cmp_to_key: sorting by old-style comparison functions."""
from functools import cmp_to_key
def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
nums = [3, 30, 34, 5, 9]
def largest_first(x, y):
    return int(str(y) + str(x)) - int(str(x) + str(y))
print("".join(map(str, sorted(nums, key=cmp_to_key(largest_first)))))
pts = [(1, 2), (0, 5), (1, -1)]
pts.sort(key=cmp_to_key(lambda p, q: p[0] - q[0] if p[0] != q[0] else q[1] - p[1]))
print(pts, max(words, key=cmp_to_key(by_length_then_alpha)))
