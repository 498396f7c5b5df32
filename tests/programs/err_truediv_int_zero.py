"""True division of ints by zero raises ZeroDivisionError."""


def ratio(a, b):
    return a / b


def main():
    print(ratio(1, 4), ratio(-3, 2), ratio(0, 7))
    count = 0
    print("mean of nothing:", ratio(10, count))
    print("unreachable")


main()
