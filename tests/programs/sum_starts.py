"""sum() with a start value: ints, lists and floats add up; a str start raises CPython's
TypeError (caught, then uncaught)."""
print(sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 1], 0.25))
try:
    print(sum(["a", "b"], ""))
except TypeError as e:
    print("TypeError:", e)
print(sum(["a", "b"], "x"))
