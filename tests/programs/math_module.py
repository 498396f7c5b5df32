"""The math module: constants, functions, CPython's error messages."""
import math
from math import sqrt, pi as PI, floor


def distance(x1, y1, x2, y2):
    return math.hypot(x2 - x1, y2 - y1)


def main():
    print(math.pi, math.e, math.tau, math.inf, -math.inf, PI == math.pi)
    print(sqrt(2), math.sqrt(16), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
    print(math.sin(0), math.cos(math.pi), math.atan2(1, 1), math.degrees(math.pi / 2), math.radians(180))
    print(floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(1e20))
    print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, -3), math.pow(2, 10), math.pow(2, 0.5))
    print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isqrt(99), math.gcd(84, 36))
    print(math.factorial(20), math.factorial(30), distance(0, 0, 3, 4))
    total = 0.0
    for k in range(1, 1000):
        total += 1 / (k * k)
    print(total, sqrt(total * 6))
    print(math.sqrt(-1))


main()
