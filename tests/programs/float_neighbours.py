import math
from math import remainder, nextafter, ulp
for x, y in [(10, 3), (11, 3), (-10, 3), (7.5, 2), (6.5, 1), (5.5, 1), (1e300, 3.7), (3, math.inf), (-0.0, 1)]:
    print(x, y, remainder(x, y), math.fmod(x, y))
for bad in [(math.inf, 1), (1, 0)]:
    try:
        remainder(bad[0], bad[1])
    except ValueError as e:
        print("ValueError", e)
print(remainder(math.nan, 1), remainder(1, math.nan))
print(nextafter(1.0, 2.0), nextafter(1.0, 0.0), nextafter(0.0, 1.0), nextafter(2.0, 2.0))
print(ulp(1.0), ulp(1e16), ulp(0.0), ulp(-3.5), ulp(math.inf), ulp(1.7976931348623157e308), ulp(math.nan))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(10), math.exp2(0.5), math.exp2(-1074))
try:
    math.exp2(5000)
except OverflowError as e:
    print("OverflowError", e)
print(sum(ulp(x) for x in [1.0, 10.0, 100.0]) > 0)
