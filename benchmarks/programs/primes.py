"""Count (and sum) the primes below N by trial division by odd numbers."""

N = 300000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def main():
    count = 0
    total = 0
    for n in range(N):
        if is_prime(n):
            count += 1
            total += n
    print(count, total)


if __name__ == "__main__":
    main()
