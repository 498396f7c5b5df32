"""min/max over mixed int, float and bool arguments return the original object."""


def main():
    print(min(2.5, 1), max(-1, -1.5), min(1, 1.0), max(1.0, 1))
    print(max(True, 2), min(False, True), max(0, False), min(1, True))
    print(max(3, 2.5, 1), min(0.5, 2, -3), max(-0.0, 0), min(0, -0.0))
    print(min(7, 3.5) + max(7, 3.5), max(2, 1.0) * 2)


main()
