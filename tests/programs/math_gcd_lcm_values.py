"""gcd and lcm of any number of ints (cycle lengths, reducing fractions), and math functions
passed as values: reduce(math.gcd, xs), map(sqrt, …), a table of functions."""
import math
from functools import reduce
from math import gcd, lcm, sqrt, pi


def reduce_fraction(num, den):
    g = gcd(num, den)
    return num // g, den // g


periods = [12, 18, 30]
print(math.lcm(12, 18, 30), lcm(4, 6, 10), gcd(84, 126, 210))
print(math.gcd(), math.lcm(), gcd(-7), lcm(-3), lcm(0, 5), gcd(2**70, 2**65, 2**80))
print(reduce(math.gcd, [84, 126, 210]), reduce(lcm, periods), reduce_fraction(84, 126))
print(list(map(sqrt, [4, 9, 2])), [round(f(2.0), 6) for f in (math.sin, math.log, math.exp)])
ops = {"floor": math.floor, "ceil": math.ceil, "trunc": math.trunc}
for name, fn in ops.items():
    print(name, fn(-2.5), fn(2.5))
area = lambda r: pi * r * r
hyp = math.hypot
print(round(area(2), 4), hyp(3, 4), math.log(8, 2), math.log(math.e))
