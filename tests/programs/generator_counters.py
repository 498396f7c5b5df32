"""Loop counters that live across `yield`: a generator's `for i in range(...)` and `while`
counters are saved in its frame at each `yield` and reloaded when it resumes; the values,
steps, the big ints past 2**62 and an int read before its assignment behave as in CPython."""


def numbered(lines):
    for i in range(len(lines)):
        yield f"{i + 1:>3}: {lines[i]}"


def countdown(n):
    while n > 0:
        yield n
        n -= 3


def steps():
    k = 0
    while k < 40:
        yield k
        k += 7
    for j in range(10, 0, -4):
        yield j * 1000


def huge():
    i = 2 ** 62 - 2
    for _ in range(4):
        yield i
        i += 1
    for j in range(4611686018427387900, 4611686018427387910, 3):
        yield j


def pairs(n):
    for a in range(n):
        for b in range(a):
            if (a * b) % 3 == 1:
                yield a, b


def late(flag):
    if flag:
        total = 5
    yield 1
    total += 1
    yield total


print(list(numbered(["alpha", "beta", "gamma"])))
print(list(countdown(10)), list(countdown(0)))
print(list(steps()))
print(list(huge()))
print(list(pairs(7)), sum(a * b for a, b in pairs(30)))
g = late(True)
print(next(g), next(g))
g = late(False)
print(next(g))
try:
    next(g)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
