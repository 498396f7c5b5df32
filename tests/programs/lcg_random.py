"""A linear congruential generator and a Monte Carlo estimate of pi."""

seed = 12345


def next_random():
    """Park-Miller minimal standard generator."""
    global seed
    seed = seed * 48271 % 2147483647
    return seed


def uniform():
    return next_random() / 2147483647


def randint(lo, hi):
    return lo + next_random() % (hi - lo + 1)


def main():
    for _ in range(5):
        print(next_random())
    hits = 0
    trials = 200000
    for _ in range(trials):
        x = uniform()
        y = uniform()
        if x * x + y * y <= 1.0:
            hits += 1
    print("pi estimate:", 4 * hits / trials)
    ones = 0
    sixes = 0
    total = 0
    for _ in range(60000):
        roll = randint(1, 6)
        total += roll
        if roll == 1:
            ones += 1
        elif roll == 6:
            sixes += 1
    print("ones:", ones, "sixes:", sixes, "mean:", round(total / 60000, 4))
    print("final seed:", seed)


main()
