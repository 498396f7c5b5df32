"""Numerical integration: Simpson's rule, trapezoid and midpoint."""


def square(x):
    return x * x


def cube(x):
    return x * x * x


def recip(x):
    return 1.0 / x


def simpson_square(a, b, n):
    h = (b - a) / n
    total = 0.0 + square(a) + square(b)
    for i in range(1, n):
        x = a + i * h
        if i % 2 == 1:
            total += 4 * square(x)
        else:
            total += 2 * square(x)
    return total * h / 3


def simpson_recip(a, b, n):
    h = (b - a) / n
    total = recip(a) + recip(b)
    for i in range(1, n):
        weight = 4 if i % 2 == 1 else 2
        total += weight * recip(a + i * h)
    return total * h / 3


def trapezoid_cube(a, b, n):
    h = (b - a) / n
    total = (cube(a) + cube(b)) / 2
    for i in range(1, n):
        total += cube(a + i * h)
    return total * h


def midpoint_circle(n):
    """Area of the quarter unit circle, times 4."""
    h = 1.0 / n
    area = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        area += (1 - x * x) ** 0.5 * h
    return 4 * area


def main():
    print("int x^2 on [0,3]:", simpson_square(0.0, 3.0, 10))
    print("int x^2 on [0,1]:", round(simpson_square(0, 1, 100), 12))
    print("ln 2 ~", simpson_recip(1.0, 2.0, 100))
    print("ln 10 ~", round(simpson_recip(1, 10, 1000), 10))
    print("int x^3 on [0,2] trapezoid:", trapezoid_cube(0.0, 2.0, 1000))
    print("pi ~", midpoint_circle(1000))
    print("pi ~", round(midpoint_circle(100000), 7))


main()
