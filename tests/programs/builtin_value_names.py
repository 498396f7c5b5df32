"""Builtins and `math` functions passed as values keep their names (`fn.__name__`)."""
def call(fn, x):
    print(fn.__name__)
    return fn(x)
print(call(int, "5"), call(str, 3), call(len, "ab"), call(abs, -2), call(max, [3, 9]))
ops = [abs, round, float]
print([f.__name__ for f in ops])
print(sorted(["b", "A", "c"], key=str.lower), list(map(len, ["ab", "c"])))
import math
from math import sqrt
f = math.erf
print(f.__name__, [g.__name__ for g in [math.sqrt, abs, sqrt]], f(0.5))
print(list(map(math.floor, [1.5, -2.5])), sorted([3.2, 1.1], key=math.ceil))
