"""math.modf, math.frexp and math.ldexp: splitting prices into whole and fractional parts,
normalising floats, and rebuilding them exactly."""
import math

for v in [3.75, -3.75, 0.0, -0.0, 5.0, -5.0, 1e300, 2.5e-310, 7, 1.0, 0.1, 123456.789]:
    frac, whole = math.modf(v)
    m, e = math.frexp(v)
    print(v, frac, whole, m, e, math.ldexp(m, e) == v)
print(math.modf(math.inf), math.modf(-math.inf), math.frexp(math.inf))
print(math.modf(math.nan))
for x, i in [(0.5, 3), (0.75, -1070), (1.0, 1023), (0.99, 1024), (3.0, -1080), (-2.5, 10),
             (1.5, -1074), (1.0, -1075), (1.0, -1074), (5, 2)]:
    print(x, i, math.ldexp(x, i))
prices = [19.99, 5.25, 100.0, 0.5]
cents = 0
for p in prices:
    frac, whole = math.modf(p)
    cents += round(frac * 100)
    print(f"{p:8.2f} = {int(whole)} + {frac:.2f}")
print("cents total", cents)
try:
    math.ldexp(1.0, 1024)
except OverflowError as err:
    print("overflow:", err)
