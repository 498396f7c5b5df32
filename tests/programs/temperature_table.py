"""Temperature conversion tables with rounding and padding."""


def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


def c_to_k(c):
    return c + 273.15


def pad(text, width):
    if len(text) >= width:
        return text
    return " " * (width - len(text)) + text


def main():
    print(pad("C", 6), pad("F", 8), pad("K", 8))
    for c in range(-40, 101, 20):
        print(pad(str(c), 6), pad(str(round(c_to_f(c), 1)), 8), pad(str(round(c_to_k(c), 2)), 8))
    for f in range(0, 213, 53):
        print(f, "F =", round(f_to_c(f), 3), "C")
    print(c_to_f(37.5), f_to_c(98.6), c_to_k(-273.15))
    c = -100.0
    while c_to_f(c) != c:
        c += 1.0
    print("C equals F at", c)


main()
