"""Newton's method for square roots, for floats and for integers."""


def sqrt_newton(x, tolerance=1e-12):
    if x == 0:
        return 0.0
    guess = x / 2.0
    while True:
        better = (guess + x / guess) / 2
        if abs(better - guess) < tolerance * better:
            return better
        guess = better


def isqrt(n):
    """Largest integer r with r * r <= n."""
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def cube_root(a, iterations=50):
    x = 1.0
    for _ in range(iterations):
        x = x - (x * x * x - a) / (3 * x * x)
    return x


def main():
    for v in range(1, 11):
        print(v, sqrt_newton(v))
    print(sqrt_newton(2.0), 2 ** 0.5)
    print(sqrt_newton(0.25), sqrt_newton(1e10))
    print(sqrt_newton(2, tolerance=1e-3))
    print(round(sqrt_newton(12345.678), 6))
    print(isqrt(0), isqrt(1), isqrt(15), isqrt(16), isqrt(17))
    print(isqrt(10 ** 18), isqrt(10 ** 18 - 1))
    print(isqrt(2 * 10 ** 12))
    print(cube_root(27), cube_root(2.0), round(cube_root(1000, iterations=100), 9))


main()
