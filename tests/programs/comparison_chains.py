"""Comparison chains over ints, floats and strings."""


def in_range(x, lo, hi):
    return lo <= x < hi


def classify(x):
    if x < 0:
        return "negative"
    elif 0 <= x < 10:
        return "digit"
    elif 10 <= x < 100:
        return "two digits"
    return "large"


def main():
    for x in range(-2, 13, 3):
        print(x, in_range(x, 0, 10), classify(x))
    print(classify(150), classify(99), classify(10))
    print(in_range(0.5, 0, 1), in_range(1.0, 0, 1), in_range(-0.0, 0.0, 1.0))
    print(1 < 2 < 3 < 4, 1 < 2 < 2 < 4, 4 > 3 > 2 > 1, 1 <= 1 <= 1)
    print(1 == 1.0 == True, 0 == 0.0 == False == -0.0, 1 != 2 != 1)
    print("a" < "b" < "c", "a" < "c" < "b", "" <= "" < "a")
    nan = float("nan")
    print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, 1 < nan < 2)
    inf = float("inf")
    print(-inf < -1e308 < 0 < 1e308 < inf, inf == inf, inf > 10 ** 18)
    print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
    print(10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16, 10 ** 16 < 1e16 + 2.0)
    x = 5
    print(0 < x <= 5 != 6, x > 3 and x < 7, not 0 < x < 3)


main()
