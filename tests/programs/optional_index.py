"""Positions found by a search that may come back None, used straight as indices (after a
None test, or not): CPython's TypeError names the container when the index is None."""


def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


words = ["ab", "cd", "ef"]
k = find(words, "cd")
if k is not None:
    print(words[k], words[k][find([0, 1], 1)], ("x", "y", "z")[k])
nums = [5, 6, 7]
nums[find(nums, 6)] = 60
del nums[find(nums, 7)]
print(nums)
missing = find(words, "zz")
try:
    print(words[missing])
except TypeError as e:
    print("TypeError:", e)
try:
    print("abc"[missing])
except TypeError as e:
    print("TypeError:", e)
try:
    print(("p", "q")[missing])
except TypeError as e:
    print("TypeError:", e)
print(words[missing])
