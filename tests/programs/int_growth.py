"""Integer arithmetic that crosses the machine-word boundary in the middle of loops and calls:
an LCG modulo 2**64, Fibonacci and factorial growth, Collatz from huge starts, and values read
back from lists after they grew."""


def lcg(seed, count):
    """Knuth's MMIX generator: every product leaves 64 bits before the modulo."""
    x = seed
    out = []
    for _ in range(count):
        x = (6364136223846793005 * x + 1442695040888963407) % 2**64
        out.append(x >> 33)
    return x, out


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def factorial(n):
    result = 1
    k = 2
    while k <= n:
        result *= k
        k += 1
    return result


def collatz_steps(n):
    steps = 0
    peak = n
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        if n > peak:
            peak = n
        steps += 1
    return steps, peak


def mix(values):
    """Hash-style mixing: grows past 2**62, then folds back below it."""
    h = 1469598103934665603
    for v in values:
        h = (h ^ v) * 1099511628211
        h = h % 18446744073709551557
    return h


def signed_edges():
    edge = 2**62
    results = []
    for delta in (-2, -1, 0, 1, 2):
        x = edge + delta
        y = -edge - delta
        results.append((x - 1, y + 1, x * -1, -y, x // -1, y // -1, x % 7, y % 7))
    return results


def running_products(xs):
    total = 1
    history = []
    for x in xs:
        total *= x
        history.append(total)
    shrunk = [h // 10**12 for h in history]
    return history[-1], shrunk[-3:], sum(h % 1000 for h in history)


def spread(values):
    """Items read from a list, used by several operations: small until one is not."""
    lo = hi = 0
    total = 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v * v - v
    return lo, hi, total


def main():
    state, first = lcg(42, 6)
    print("lcg:", state, first)
    print("fib:", fib(90), fib(92), fib(93), fib(150))
    print("factorial:", factorial(20), factorial(21), factorial(25))
    for start in (27, 2**61 + 1, 2**62 - 1, 2**62 + 1, 3**45):
        print("collatz:", start, collatz_steps(start))
    print("mix:", mix(range(1, 40)), mix([2**63, 2**64 - 1, -(2**70)]))
    for row in signed_edges():
        print("edge:", row)
    print("products:", running_products(range(1, 31)))
    print("spread:", spread([3, -8, 2**40, 7]), spread([5, 2**70, -(2**65), 11, -3]))
    print("spread:", spread([2**31 * k for k in range(-3, 4)]), spread([2**62 - 1, 1 - 2**62]))
    countdown = 2**62 + 3
    while countdown > 2**62 - 3:
        countdown -= 1
    print("countdown:", countdown, countdown - 2**62)


main()
