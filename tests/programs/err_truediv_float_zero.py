"""Float division by zero raises ZeroDivisionError (no inf in Python)."""


def main():
    x = 1.0
    y = 0.5
    while True:
        print("x / y =", x / y)
        y -= 0.25
    print("unreachable")


main()
