"""Saving and restoring the generator: an AI looks ahead with a copy of the state and
rewinds, for the module's generator and a Random of its own (CPython's state tuple)."""
import random
rng = random.Random(1)
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)], state[0], len(state[1]), state[1][-1], state[2])
random.seed(7)
s = random.getstate()
x = random.randint(1, 100), random.gauss(0, 1)
random.setstate(s)
print(x == (random.randint(1, 100), random.gauss(0, 1)))
g = random.Random(3)
g.gauss(0, 1)
st = g.getstate()
print(st[2] is not None, round(g.gauss(0, 1), 6))
g.setstate(st)
print(round(g.gauss(0, 1), 6))
fresh = random.Random()
fresh.setstate(rng.getstate())
print(fresh.random() == rng.random())
for bad in [(3, (1, 2), None), (9, state[1], None), (3, state[1][:-1] + (625,), None)]:
    try:
        fresh.setstate(bad)
    except ValueError as e:
        print("ValueError:", e)
