"""Primality by trial division and a few prime statistics."""


def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6
    return True


def nth_prime(n):
    count = 0
    candidate = 1
    while count < n:
        candidate += 1
        if is_prime(candidate):
            count += 1
    return candidate


def main():
    for n in range(0, 30):
        if is_prime(n):
            print(n, end=" ")
    print()
    total = 0
    for n in range(2, 10000):
        if is_prime(n):
            total += 1
    print("primes below 10000:", total)
    print("1000th prime:", nth_prime(1000))
    # twin primes below 1000
    twins = 0
    for p in range(3, 1000, 2):
        if is_prime(p) and is_prime(p + 2):
            twins += 1
    print("twin prime pairs below 1000:", twins)
    # largest prime below 1000, searching downwards
    for p in range(999, 1, -1):
        if is_prime(p):
            print("largest prime below 1000:", p)
            break
    print("is_prime(1000003) =", is_prime(1000003))
    print("is_prime(999999999989) =", is_prime(999999999989))


main()
