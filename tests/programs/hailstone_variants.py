"""Hailstone sequences and their relatives: loops whose body picks one of two small
arithmetic updates. The values start small and some grow past the machine word mid-loop."""


def hailstone(n):
    steps = 0
    peak = n
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
        if n > peak:
            peak = n
    return steps, peak


def generalized(n, a, b, limit):
    # n -> n / 2 when even, a*n + b when odd (a, b not constants: each step checks itself).
    seen = 0
    while n != 1 and seen < limit:
        if n % 2:
            n = a * n + b
        else:
            n //= 2
        seen += 1
    return n, seen


def drift(x, rounds):
    # Negative values through floor division and modulo by powers of two.
    out = []
    for r in range(rounds):
        x = x // 4 if x % 4 == 3 else x * 5 - 7
        out.append(x)
    return out


def grow_until(x, cap):
    # The arm not taken would overflow long before the one taken does.
    n = 0
    while abs(x) < cap:
        x = x * 7 + 3 if x > 0 else x * 1000000007 - 1
        n += 1
    return x, n


def one_sided(x, times):
    for _ in range(times):
        if x % 8 == 5:
            x = x * 9 + 2
        x += 1
    return x


def main():
    best = max(range(1, 3000), key=lambda s: hailstone(s)[0])
    print("longest below 3000:", best, hailstone(best))
    print("27:", hailstone(27))
    # Starts near 2**62: 3n + 1 leaves the machine word on the first odd step.
    for start in [2**61 + 1, 2**62 - 1, 2**62 + 3, 4611686018427387903 // 3 + 1]:
        print("big start", start, hailstone(start))
    print(generalized(7, 3, 1, 200))
    print(generalized(7, 5, 1, 60))
    print(generalized(2**40 + 1, 7, -3, 80))
    print(drift(-17, 12))
    print(drift(12345, 8))
    print(drift(-(2**61), 30)[-3:])
    print(grow_until(1, 10**40))
    print(grow_until(-5, 10**30))
    print(one_sided(5, 40))
    print(one_sided(-3, 25))
    total = 0
    for start in range(1, 20000):
        total += hailstone(start)[0]
    print("total steps:", total)


main()
