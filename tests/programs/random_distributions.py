"""The random module's other distributions (expovariate, normalvariate, lognormvariate,
triangular, paretovariate, weibullvariate) draw CPython's values from a seeded generator."""
import random
random.seed(7)
print([round(random.expovariate(1.5), 6) for _ in range(3)])
print([round(random.normalvariate(10, 2), 6) for _ in range(3)])
print(round(random.lognormvariate(0, 0.5), 6), round(random.triangular(1, 5), 6), round(random.triangular(0, 10, 8), 6))
print(round(random.paretovariate(3), 6), round(random.weibullvariate(2, 1.5), 6), random.triangular(2, 2))
r = random.Random(99)
print(r.expovariate(0.5), r.normalvariate(), r.gauss(), r.triangular())
print(random.triangular(3, 3, 3), random.triangular(1.0, 1.0, 1.0))
