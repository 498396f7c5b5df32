"""`math.prod` and `math.fsum` (the parts of `math` written in Python, stdlib/math.py): the
product with a start, of ints (big ones too) and floats; the correctly rounded float sum,
its infinities, NaN and overflow, as CPython's."""
import math
from math import fsum, prod, sqrt

prices = [19.99, 5.25, 3.10, 0.01] * 25
print(sum(prices), fsum(prices), math.fsum([0.1] * 10), sum([0.1] * 10))
print(prod([1, 2, 3, 4]), math.prod(range(1, 30)), prod([]), prod([], start=5))
print(prod([0.5, 4, 3]), prod([2] * 70), prod((1.5, 2.5), start=2))
print(fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), fsum([]), fsum(range(10)))
print(fsum([float("inf"), 1.0]), fsum([float("nan"), 2.0]), fsum([-0.0]))
print(sqrt(fsum(x * x for x in [3.0, 4.0])))
weights = {"a": 0.1, "b": 0.2, "c": 0.7}
print(fsum(weights.values()) == 1.0, sum(weights.values()) == 1.0)
for bad in ([float("inf"), float("-inf")], [1e308, 1e308]):
    try:
        print(fsum(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
