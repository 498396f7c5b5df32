"""Exact integers: results past 64 bits, mixed with floats, and back to small."""

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


x = 123456789012345678901234567890
print(fact(30), fact(25) // fact(23), -fact(22) % 1000007)
print(fib(100), fib(100) / fib(99), fib(300) % 10 ** 9)
print(x * x, x - x, -x, abs(-x), x // 7, x % 7, x >> 40, x << 3, ~x, x & 0xFFFF)
print(2 ** 100, (-3) ** 41, hash(2 ** 100), hash(-(2 ** 64)), float(2 ** 80), int(1e30))
print(x == x + 0, x > 10 ** 29, x < 1e30, 10 ** 40 == 1e40, round(x, -20), len(str(fact(50))))
print(int("99999999999999999999999"), 7 / 3 ** 40, 3 ** 40 / 7)
