"""Booleans are integers: arithmetic, comparisons and conversions."""


def count_true(a, b, c):
    return a + b + c


def main():
    print(True + True, True * 10, False - True, True / 2, True // 2, -True, ~True)
    print(True == 1, False == 0, True > False, True < 2, True + 0.5, True ** 3)
    print(True & False, True | False, True ^ True, True << 3)
    print(count_true(True, False, True), count_true(1, 2, 3))
    print(int(True), float(False), str(True), bool(0), bool(-2), bool(0.0), bool(""), bool("0"))
    print(bool(1.5), bool("False"), bool(True), int(False), abs(True), abs(-True))
    evens = 0
    for n in range(10):
        evens += n % 2 == 0
    print("evens:", evens)
    flag = True
    flag = not flag
    print(flag, not flag, flag == False, flag != True)
    print(3 > 2 > 1, 1 < 2 > 3, 1 == 1 == True, (1 < 2) + (2 < 3))
    print(hash(True), hash(False), round(True), min(True, False), max(False, False))


main()
