"""Fast exponentiation, modular exponentiation and Fermat tests."""


def power(base, exp):
    result = 1
    while exp > 0:
        if exp & 1:
            result *= base
        exp >>= 1
        if exp > 0:
            base *= base
    return result


def power_rec(base, exp):
    if exp == 0:
        return 1
    half = power_rec(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


def power_float(base, exp):
    result = 1.0
    while exp > 0:
        if exp & 1:
            result *= base
        exp >>= 1
        if exp > 0:
            base *= base
    return result


def mod_pow(base, exp, mod):
    result = 1
    base = base % mod
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % mod
        base = base * base % mod
        exp = exp // 2
    return result


def fermat_probable_prime(n):
    if n < 4:
        return n == 2 or n == 3
    for a in range(2, 6):
        if mod_pow(a, n - 1, n) != 1:
            return False
    return True


def main():
    print(power(2, 10), power(3, 13), power(7, 0), power(-2, 7))
    print(power(2, 61), 2 ** 61)
    print(power_rec(5, 20), 5 ** 20)
    print(power_float(1.5, 3), power_float(0.5, 10), power_float(2, 10))
    print(power_float(1.0001, 10000), 1.0001 ** 10000)
    print(mod_pow(2, 100, 1000000007))
    print(mod_pow(3, 1000000, 1000000007))
    print(mod_pow(7, 222, 1000))
    found = 0
    for n in range(2, 200):
        if fermat_probable_prime(n):
            found += 1
    print("probable primes below 200:", found)
    # Carmichael number 561 fools base 2 but 3 divides it
    print("2^560 mod 561 =", mod_pow(2, 560, 561))
    print("fermat(561) =", fermat_probable_prime(561))


main()
