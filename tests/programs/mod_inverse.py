"""Modular inverse via the extended Euclidean algorithm."""

last_x = 0
last_y = 0


def extended_gcd(a, b):
    """Returns gcd(a, b) and stores Bezout coefficients in globals."""
    global last_x, last_y
    old_r, r = a, b
    old_s, s = 1, 0
    old_t, t = 0, 1
    while r != 0:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
        old_t, t = t, old_t - q * t
    last_x = old_s
    last_y = old_t
    return old_r


def mod_inverse(a, m):
    g = extended_gcd(a, m)
    if g != 1:
        return -1
    return last_x % m


def main():
    g = extended_gcd(240, 46)
    print("gcd(240, 46) =", g, "x =", last_x, "y =", last_y)
    print("check:", 240 * last_x + 46 * last_y)
    print("inverse of 3 mod 11:", mod_inverse(3, 11))
    print("inverse of 10 mod 17:", mod_inverse(10, 17))
    print("inverse of 6 mod 9:", mod_inverse(6, 9))
    p = 1000000007
    inv = mod_inverse(123456789, p)
    print("inverse of 123456789 mod p:", inv, "check:", inv * 123456789 % p)
    ok = 0
    for a in range(1, 97):
        if a * mod_inverse(a, 97) % 97 == 1:
            ok += 1
    print("all inverses mod 97 correct:", ok == 96)
    # Chinese remainder: x = 2 mod 3, x = 3 mod 5, x = 2 mod 7
    n = 3 * 5 * 7
    x = 0
    x += 2 * (n // 3) * mod_inverse(n // 3, 3)
    x += 3 * (n // 5) * mod_inverse(n // 5, 5)
    x += 2 * (n // 7) * mod_inverse(n // 7, 7)
    print("CRT solution:", x % n)


main()
