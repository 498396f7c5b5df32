"""Greatest common divisor and least common multiple."""


def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return abs(a)


def gcd_rec(a, b):
    if b == 0:
        return abs(a)
    return gcd_rec(b, a % b)


def lcm(a, b):
    if a == 0 or b == 0:
        return 0
    return abs(a * b) // gcd(a, b)


def main():
    pairs_a = 12
    pairs_b = 18
    print("gcd(12, 18) =", gcd(pairs_a, pairs_b))
    print("gcd(17, 5) =", gcd(17, 5))
    print("gcd(0, 9) =", gcd(0, 9))
    print("gcd(-48, 36) =", gcd(-48, 36))
    print("gcd_rec(1071, 462) =", gcd_rec(1071, 462))
    print("lcm(4, 6) =", lcm(4, 6))
    print("lcm(21, 6) =", lcm(21, 6))
    print("lcm(0, 5) =", lcm(0, 5))
    # lcm of 1..20
    acc = 1
    for k in range(1, 21):
        acc = lcm(acc, k)
    print("lcm(1..20) =", acc)
    # count coprime pairs below 50
    count = 0
    for i in range(1, 50):
        for j in range(1, 50):
            if gcd(i, j) == 1:
                count += 1
    print("coprime pairs below 50:", count)


if __name__ == "__main__":
    main()
