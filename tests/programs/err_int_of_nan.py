"""int() of a NaN raises ValueError."""


def main():
    inf = float("inf")
    nan = inf - inf
    print("nan is", nan, "and nan == nan is", nan == nan)
    print(int(nan))
    print("unreachable")


main()
