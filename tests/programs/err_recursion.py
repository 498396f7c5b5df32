"""Unbounded recursion raises RecursionError."""


def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)


def forever(n):
    return forever(n + 1) + 1


def main():
    print("depth 500:", countdown(500))
    print("now recursing without a base case")
    print(forever(0))


main()
