"""Prime sieve and friends over lists of bools and ints, the way one writes it in Python."""


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [n for n in range(limit + 1) if is_prime[n]]


def prime_gaps(primes):
    gaps = []
    for i in range(1, len(primes)):
        gaps.append(primes[i] - primes[i - 1])
    return gaps


def histogram(values, buckets):
    counts = [0] * buckets
    for v in values:
        counts[min(v // 2, buckets - 1)] += 1
    return counts


def running_max(xs):
    out = []
    best = xs[0]
    for x in xs:
        best = max(best, x)
        out.append(best)
    return out


def main():
    primes = sieve(200)
    print(len(primes), primes[:10], primes[-3:])
    gaps = prime_gaps(primes)
    print(max(gaps), gaps.count(2), gaps.index(6), sum(gaps) == primes[-1] - primes[0])
    print(histogram(gaps, 6))
    print(running_max([3, 1, 4, 1, 5, 9, 2, 6, 5, 3]))
    twins = [p for p in primes if p + 2 in primes]
    print(twins)
    matrix = [[i * j for j in range(1, 5)] for i in range(1, 4)]
    for row in matrix:
        print(row, sum(row))
    transposed = [[matrix[r][c] for r in range(len(matrix))] for c in range(len(matrix[0]))]
    print(transposed)
    flat = [x for row in matrix for x in row if x % 2 == 0]
    print(flat, sorted(flat), flat[::2], flat[1:-1])
    names = ["delta", "alpha", "charlie", "bravo"]
    names.sort()
    names.reverse()
    names.insert(1, "echo")
    print(names, names.pop(), len(names), names[0])
    scores = [88.5, 92.25, 79.0, 95.5]
    print(sum(scores) / len(scores), min(scores), max(scores), scores[1:3])
    empty = []
    print(empty, len(empty), empty == [], bool(empty), bool(scores))
    print(primes[1000])


main()
