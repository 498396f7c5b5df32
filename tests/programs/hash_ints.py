"""hash() of ints: identity for small values, except that -1 hashes to -2."""


def main():
    print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(-42))
    print(hash(10 ** 9), hash(-(10 ** 9)), hash(2 ** 40), hash(-(2 ** 40)))
    print(hash(True), hash(False), hash(1) == hash(True))
    print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5))
    print(hash(-(2 ** 61) + 1), hash(-(2 ** 61)), hash(-(2 ** 61) - 1))
    total = 0
    for n in range(-5, 6):
        total += hash(n)
        print(hash(n), end=" ")
    print()
    print("sum:", total)


main()
