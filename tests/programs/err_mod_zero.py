"""Modulo by zero raises ZeroDivisionError."""


def check_digit(n, m):
    return n % m


def main():
    print(check_digit(17, 5))
    print(check_digit(-17, 5))
    divisor = 5
    while divisor >= 0:
        print("17 %", divisor, "=", check_digit(17, divisor))
        divisor -= 1
    print("unreachable")


main()
