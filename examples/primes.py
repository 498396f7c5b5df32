"""Count the primes below 100000 by trial division."""


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
    limit = 100000
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    print("primes below", limit, ":", count)


if __name__ == "__main__":
    main()
