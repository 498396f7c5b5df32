"""int ** negative int produces a float; int ** non-negative int stays an int."""


def main():
    print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 1 ** -5)
    print(2 ** 10, 10 ** 0, (-5) ** 3)
    e = -4
    print(3 ** e, 3 ** -e)
    base = 4
    print(base ** -1 * base, 0.5 ** -2, 2.0 ** -1)


main()
