"""Factorials, binomial coefficients, Catalan numbers and Pascal's triangle."""


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def factorial_rec(n):
    return 1 if n <= 1 else n * factorial_rec(n - 1)


def binomial(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def catalan(n):
    return binomial(2 * n, n) // (n + 1)


def derangements(n):
    if n == 0:
        return 1
    if n == 1:
        return 0
    a, b = 1, 0
    for i in range(2, n + 1):
        a, b = b, (i - 1) * (a + b)
    return b


def main():
    for n in range(0, 21, 4):
        print(n, "! = ", factorial(n), sep="")
    print(factorial(20) == factorial_rec(20))
    for n in range(0, 9):
        row = ""
        for k in range(0, n + 1):
            row += str(binomial(n, k)) + " "
        print(" " * (2 * (8 - n)) + row)
    print("C(52, 5) =", binomial(52, 5), "C(50, 25) =", binomial(50, 25))
    print("catalan:", end="")
    for n in range(0, 15):
        print("", catalan(n), end="")
    print()
    print("derangements:", derangements(4), derangements(10), derangements(20))
    print("ratio:", factorial(20) / derangements(20))


main()
