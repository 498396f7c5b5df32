"""random.gauss: CPython's Box-Muller pairs from the seeded Mersenne Twister."""
import random
random.seed(7)
print([round(random.gauss(0, 1), 12) for _ in range(5)])
print(random.gauss(), random.gauss(10, 2.5), random.random())
r = random.Random(3)
print(r.gauss(100, 15), r.gauss(100, 15), r.randint(1, 6))
random.seed(7)
print(random.gauss(0, 1))
