"""int() and float() parse strings; str() and bool() convert back."""


def main():
    print(int("42"), int("  42  "), int("-17"), int("+8"), int("1_000_000"), int("\t\n 7 \n"))
    print(int("007"), int("0"), int("-0"), int(" -1_2_3 "), int("00_10"))
    print(float("3.5"), float("  -2.25 "), float("1e3"), float("1_000.5"), float("+.5e-3"))
    print(float("inf"), float("-Infinity"), float("NaN"), float("-nan"), float(" INF "))
    print(float("1e400"), float("-1e400"), float("1e-400"), float("0"), float("-0"))
    print(float("12"), float("  1_2.3_4  "), float("3.141592653589793238462643"))
    print(int(3.99), int(-3.99), int(1e15), int(2.5e17), int(True), int(" 12 ") + 1)
    print(int(float("1e18")), int(-1e-9), float(10 ** 15), float(True))
    print(str(10), str(-0), str(0.5), str(1e-9), str(int("99") + 1))
    print(int(str(12345) + "6") * 2, float(str(2.5) + "5"))
    print(len(str(10 ** 18)), len(str(-1)), len(str(0.1)), len(str(float("inf"))))
    total = 0
    text = ""
    for i in range(1, 6):
        text = text + str(i)
        total += int(text)
    print(text, total)
    print(bool("x"), bool(" "), bool(""), bool(0.0), bool(-0.0), bool(float("nan")))


main()
