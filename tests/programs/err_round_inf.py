"""round() of an infinite float with one argument raises OverflowError."""


def main():
    print(round(2.5), round(float("inf"), 1))
    print(round(float("-inf")))
    print("unreachable")


main()
