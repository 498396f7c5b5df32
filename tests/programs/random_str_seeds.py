"""random.seed() and random.Random() of a str reproduce CPython's sequence (the str's UTF-8
bytes and their SHA-512 digest as the seed int), next to int seeds."""
import random

random.seed("hello")
print(random.random(), random.randint(1, 100), random.choice(["a", "b", "c"]))
deck = list(range(10))
random.shuffle(deck)
print(deck)

players = {}
for name in ["alice", "bob", "zoë"]:
    rng = random.Random(name)
    players[name] = [rng.randint(1, 6) for _ in range(5)]
print(players)

random.seed("")
print(random.getrandbits(64))
random.seed("x" * 1000)
print(random.uniform(0, 10))
random.seed(2024)
print(random.random())
