"""Float floor division and modulo by zero also raise ZeroDivisionError."""


def main():
    print(7.5 // 2.0, 7.5 % 2.0)
    zero = 0.0
    print("about to divide")
    print(7.5 % zero)
    print("unreachable")


main()
