"""Printing floats of every shape: repr must be the shortest round-trip form."""


def show(label, x):
    print(label, x, str(x))


def main():
    show("1e16:", 1e16)
    show("1e15:", 1e15)
    show("123456789012345678.0:", 123456789012345678.0)
    show("1.5e-07:", 1.5e-07)
    show("0.0001:", 0.0001)
    show("0.00001:", 0.00001)
    show("2.5e-5:", 2.5e-5)
    show("-0.0:", -0.0)
    show("0.0:", 0.0)
    show("1e22:", 1e22)
    show("1e23:", 1e23)
    show("0.1+0.2:", 0.1 + 0.2)
    show("1/3:", 1 / 3)
    show("2/3:", 2 / 3)
    show("10/2:", 10 / 2)
    show("inf:", float("inf"))
    show("-inf:", float("-inf"))
    show("nan:", float("nan"))
    show("123456789.123:", 123456789.123)
    show("1.0:", 1.0)
    show("100.0:", 100.0)
    show("-2.5:", -2.5)
    show("3.14159:", 3.14159)
    show("1e-5:", 1e-5)
    show("5e-324:", 5e-324)
    show("1.7976931348623157e308:", 1.7976931348623157e308)
    show("2.2250738585072014e-308:", 2.2250738585072014e-308)
    show("9007199254740993.0:", 9007199254740993.0)
    show("0.1*3:", 0.1 * 3)
    show("1.1*1.1:", 1.1 * 1.1)
    show("1e300*1e10:", 1e300 * 1e10)
    show("-1e300*1e10:", -1e300 * 1e10)
    show("inf-inf:", float("inf") - float("inf"))
    show("float(2**53):", float(2 ** 53))
    show("float(10**17):", float(10 ** 17))
    show("1e-7 * 10:", 1e-7 * 10)
    show("0.5e-6:", 0.5e-6)
    x = 1.0
    for i in range(20):
        print(x, end=" ")
        x *= 10
    print()
    y = 1.0
    for i in range(10):
        print(y, end=" ")
        y /= 10
    print()
    print(1.5, -1.5, 2.0 ** 0.5, 1e16 + 1, 1e16 + 2)
    print(float("1e16"), float("12345678901234567890"), float(".5"), float("5."))


main()
