"""random.seed() of a float: seeded from the float's hash, as CPython's is, so the sequences
match; ints and strs as before."""
import random

for seed in [3.5, -0.25, 1e100, 2.0, 2]:
    random.seed(seed)
    print(seed, [random.randint(1, 100) for _ in range(5)], round(random.random(), 12))

rng = random.Random(0.1)
print(rng.choice("abcdef"), rng.uniform(0, 1))
