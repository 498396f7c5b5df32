"""max()/min() and math functions of values that may be None (results of functions that can
fall off their end): the values when present, CPython's TypeError of the comparison or
conversion that meets None."""
def first_over(xs, limit):
    for x in xs:
        if x > limit:
            return x


a = first_over([1, 5, 9], 4)
b = first_over([2, 3, 7], 2)
print(max(a, b), min(a, b), max(a, 6, b))
name = None
for w in ["pear", "fig"]:
    name = w
print(max(name, "apple"))
try:
    print(max(first_over([1], 5), 3))
except TypeError as e:
    print("TypeError:", e)
try:
    print(min(3, first_over([1], 5)))
except TypeError as e:
    print("TypeError:", e)
import math
def f(n):
    for i in range(10):
        if i * n > 20:
            return i
print(math.gcd(f(3), 6), f(5) + 1, math.sqrt(f(7)), math.isqrt(f(4)))
try:
    print(math.gcd(f(0), 6))
except TypeError as e:
    print("TypeError:", e)
try:
    print(math.sqrt(f(0)))
except TypeError as e:
    print("TypeError:", e)
