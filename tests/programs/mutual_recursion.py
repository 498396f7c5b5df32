"""Mutual recursion between functions, some defined later in the file."""


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))


def main():
    for n in range(0, 8):
        print(n, "even" if is_even(n) else "odd")
    print(is_even(500), is_odd(501), is_odd(0))
    for n in range(0, 20):
        print(hofstadter_f(n), end=",")
    print()
    for n in range(0, 20):
        print(hofstadter_m(n), end=",")
    print()
    print(describe(7), describe(10))


def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))


def describe(n):
    word = "even" if is_even(n) else "odd"
    return str(n) + " is " + word


main()
