"""float() of a malformed string raises ValueError."""


def main():
    print(float("1.5") + float("  2.5  "))
    print(float("1e3"), float("-inf"))
    value = float("x1")
    print("unreachable", value)


main()
