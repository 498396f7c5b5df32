"""Euclidean norms of particle positions: math.hypot of two, three or any number of
coordinates (also spread from a list), math.dist between points, checked against CPython's
results to the last bit over many random vectors, and the edge cases (inf, nan, overflow,
subnormals, no coordinates)."""
import math
import random

random.seed(2024)


def checksum(values):
    h = 0
    for v in values:
        h = (h * 1000003 + hash(v)) % (2**61 - 1)
    return h


pairs = []
triples = []
many = []
for _ in range(20000):
    scale = 2.0 ** random.randint(-40, 40)
    x, y, z = (random.uniform(-1, 1) * scale for _ in range(3))
    pairs.append(math.hypot(x, y))
    triples.append(math.hypot(x, y, z))
    coords = [random.gauss(0, 1) * 2.0 ** random.randint(-5, 5) for _ in range(random.randint(0, 7))]
    many.append(math.hypot(*coords))
print(checksum(pairs), checksum(triples), checksum(many))

points = [(random.uniform(-10, 10), random.uniform(-10, 10), random.randint(-3, 3)) for _ in range(300)]
total = 0.0
for p, q in zip(points, points[1:]):
    total += math.dist(p, q)
print(repr(total), math.dist([0, 0], [3, 4]), math.dist((1,), (4,)))

print(math.hypot(3, 4), math.hypot(), math.hypot(-7), math.hypot(1, 2, 3), math.hypot(True, 1))
print(math.hypot(1.7e308, 1.7e308), math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310))
print(math.hypot(float("inf"), float("nan")), math.hypot(3.0, float("nan")), math.hypot(-float("inf"), 2))
velocity = [3.0, 4.0, 12.0]
print(math.hypot(*velocity), math.hypot(*velocity[:2]), math.hypot(2, *velocity))
try:
    math.dist([1, 2], [1, 2, 3])
except ValueError as e:
    print("ValueError:", e)
