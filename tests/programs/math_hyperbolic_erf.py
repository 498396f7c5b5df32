"""math.asinh/acosh/atanh, expm1/log1p and erf/erfc (C libm's results, as CPython's), with
their domain and range errors."""
import math
from math import erf, erfc, log1p
xs = [-3.0, -0.5, 0.0, 1e-10, 0.3, 2.0, 10.0]
for x in xs:
    print(x, math.asinh(x), math.expm1(x), erf(x), erfc(x), math.tanh(x))
for x in [1.0, 1.5, 100.0, 1e300]:
    print(math.acosh(x))
for x in [-0.9, 0.0, 0.5, 0.999999]:
    print(math.atanh(x), log1p(x))
for f, v in [(math.acosh, 0.5), (math.atanh, 1.0), (math.log1p, -1.0), (math.log1p, -2.0), (math.expm1, 1000.0)]:
    try:
        print(f(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.erf(3), math.log1p(10**20))
print(sum(math.erfc(i / 10) for i in range(30)))
