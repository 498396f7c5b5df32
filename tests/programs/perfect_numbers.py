"""Perfect, abundant and deficient numbers."""


def sum_proper_divisors(n):
    if n < 2:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            other = n // d
            if other != d:
                total += other
        d += 1
    return total


def classify(n):
    s = sum_proper_divisors(n)
    if s == n:
        return "perfect"
    elif s > n:
        return "abundant"
    else:
        return "deficient"


def main():
    for n in range(1, 13):
        print(n, classify(n))
    print("perfect numbers below 10000:")
    for n in range(2, 10000):
        if sum_proper_divisors(n) == n:
            print("   ", n)
    abundant = 0
    deficient = 0
    for n in range(1, 1000):
        kind = classify(n)
        if kind == "abundant":
            abundant += 1
        elif kind == "deficient":
            deficient += 1
    print("abundant:", abundant, "deficient:", deficient)
    # amicable pairs below 3000
    for a in range(2, 3000):
        b = sum_proper_divisors(a)
        if b > a and sum_proper_divisors(b) == a:
            print("amicable:", a, b)
    print("perfect 33550336?", classify(33550336))


main()
