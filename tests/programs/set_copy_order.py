"""Copies of sets keep CPython's iteration order: `set(s)`, `s.copy()`, `s | {x}`, `s - t`,
`s ^ t` and `frozenset(s)` rebuild the table the way CPython's merge does (the same size, the
entries in table order), for small and large sets, sets with holes left by removals, colliding
hashes (-1 and -2 hash alike), negative and big ints."""


def grow(seed, n):
    s = set()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        s.add(x % 1000 - 500)
    return s


for n in (0, 1, 3, 4, 5, 6, 10, 11, 40, 200):
    s = grow(n + 7, n)
    c = s.copy()
    print(n, len(s), list(c) == list(s), list(set(s))[:8], list(frozenset(s))[:8])

# Holes: removals leave dummies; the copy is rebuilt without them.
s = set(range(0, 64, 3))
for v in range(0, 64, 9):
    s.discard(v)
print(sorted(s) == sorted(s.copy()), list(s.copy()))
print(list(s | {1000, -1000}))
t = s.copy()
t.add(5000)
print(list(t), 5000 in s)

# Colliding hashes and negative numbers.
weird = {-1, -2, -3, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 0, 1}
print(list(weird.copy()), list(weird | {-4}), list(weird - {0}))
print(hash(-1) == hash(-2), sorted(weird) == sorted(set(weird)))

# Big ints: each copy takes its own reference.
def copies_of_big():
    big = {10 ** 30 + i for i in range(7)}
    copies = [big.copy() for _ in range(3)]
    del big
    return copies


copies = copies_of_big()
print(sum(len(c) for c in copies), sorted(copies[0])[0], max(copies[2]))

# The n-queens way: a growing set extended one element at a time, copies kept alive.
diag = set()
history = []
for row in range(12):
    diag = diag | {row * 3 - 7}
    history.append(diag)
print([len(h) for h in history], list(history[-1]), list(history[5]))
print(list(history[-1] ^ history[6]), list(history[-1] - history[4]))
print(history[3].pop(), history[3], history[4])
