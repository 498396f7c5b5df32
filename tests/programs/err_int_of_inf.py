"""int() of an infinite float raises OverflowError."""


def main():
    big = 1e308
    print(int(1e18), int(-2.5))
    print("big * 10 =", big * 10)
    print(int(big * 10))
    print("unreachable")


main()
