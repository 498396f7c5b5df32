# random with a seed gives CPython's exact sequence: random(), randint, randrange, getrandbits,
# uniform, choice, shuffle, sample, choices (with weights) — a card deal and a random walk.
import random
from random import randint, choice, shuffle

for s in [0, 1, 42, 12345678901234567890, -7]:
    random.seed(s)
    print([random.random() for _ in range(3)], [randint(1, 100) for _ in range(5)])
    print(random.randrange(10), random.randrange(3, 30, 4), random.getrandbits(70), random.uniform(1.5, 2.5))
    xs = list(range(10))
    shuffle(xs)
    print(choice("abcdef"), random.sample(range(100), 8), random.sample(list(range(10)), 3), xs)
    print(random.choices([1, 2, 3], k=4), random.choices("xyz", weights=[1, 5, 2], k=5))
random.seed(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hand = deck[:5]
print(hand, sorted(hand), random.choice(deck))
walk = 0
for _ in range(1000):
    walk += random.choice([-1, 1])
print(walk, round(sum(random.random() for _ in range(10000)) / 10000, 3))
print(random.randint(5, 4))
