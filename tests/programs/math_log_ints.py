"""math.log, log10 and log2 of ints, also past the float range (of the exact int, as CPython),
with a base of either kind, and their errors."""
import math
for x in [1, 2, 10, 7**5, 10**400, 2**1023, 2**1024 - 1, 2**1024, 3**2000, 10**308 * 17]:
    print(math.log(x), math.log10(x), math.log2(x), math.log(x, 10), math.log(x, 2.5))
print(math.log(10**400, 10**200), math.log(8.0, 2), math.log(1024, 2))
for bad in [0, -5, -(10**400)]:
    try:
        print(math.log(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    print(math.log(10, 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# Around and past the float range, where the exact int's mantissa is taken.
for x in [2**1024 - 1, 2**1024 + 1, 2**1100 - 1, 3**5000, 10**1000 + 7, 2**(2**16) - 1, (2**55 - 1) << 2000]:
    print(repr(math.log(x)), repr(math.log10(x)), repr(math.log2(x)))
