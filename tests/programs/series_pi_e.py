"""Series approximations of pi and e."""


def leibniz_pi(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4 * total


def nilakantha_pi(terms):
    total = 3.0
    sign = 1
    for k in range(1, terms + 1):
        n = 2 * k
        total += sign * 4.0 / (n * (n + 1) * (n + 2))
        sign = -sign
    return total


def wallis_pi(terms):
    product = 1.0
    for k in range(1, terms + 1):
        four_k2 = 4.0 * k * k
        product *= four_k2 / (four_k2 - 1)
    return 2 * product


def euler_e(terms):
    total = 0.0
    term = 1.0
    for k in range(terms):
        total += term
        term /= k + 1
    return total


def limit_e(n):
    return (1 + 1 / n) ** n


def basel(terms):
    s = 0.0
    for k in range(terms, 0, -1):
        s += 1 / (k * k)
    return (6 * s) ** 0.5


def main():
    t = 10
    while t <= 100000:
        print("leibniz", t, leibniz_pi(t))
        t *= 10
    print("nilakantha 50:", nilakantha_pi(50))
    print("wallis 10000:", wallis_pi(10000))
    for n in range(1, 20, 3):
        print("e with", n, "terms:", euler_e(n))
    print("limit 10:", limit_e(10), "limit 1e6:", limit_e(1000000))
    print("basel 100000:", basel(100000))
    print("difference:", round(abs(euler_e(20) - 2.718281828459045), 15))


main()
