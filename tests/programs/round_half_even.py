"""round() uses banker's rounding and exact decimal values."""


def main():
    print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
    print(round(2.4), round(2.6), round(-2.6), round(7), round(-7), round(0.49999999999999994))
    print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
    print(round(2.5, 0), round(3.5, 0), round(-0.5, 0), round(0.4, 0))
    print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -4))
    print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(149, -2), round(150, -2), round(250, -2))
    print(round(123456, -3), round(7, 2), round(0, -5), round(-0.0), round(-0.0, 1))
    print(round(1e16), round(1.5e15 + 0.5), round(3.14159, 3), round(2.0 / 3, 5))
    print(round(0.1 + 0.2, 1), round(1e-10, 5), round(-1e-10, 5), round(5e-324, 3))
    total = 0
    for k in range(-10, 11):
        total += round(k / 2)
    print("sum of round(k/2):", total)
    for k in range(0, 10):
        print(round(k + 0.5), end=" ")
    print()
    print(round(float("inf"), 2), round(float("nan"), 2), round(1.7976931348623157e308, -300))


main()


def money(x, digits=None):
    # `round(x, None)` is `round(x)`: an int.
    return round(x, digits)


print(money(7.5), money(8.5), money(7.255, 2), money(12), round(2.675, None))
