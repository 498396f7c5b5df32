"""The same function called with int arguments and with float arguments."""


def add(a, b):
    return a + b


def square(x):
    return x * x


def mean3(a, b, c):
    return (a + b + c) / 3


def poly(x):
    return 3 * x * x - 2 * x + 1


def sum_to(n, step):
    total = step - step
    k = step - step
    while k < n:
        total += k
        k += step
    return total


def larger(a, b):
    if a > b:
        return a
    return b


def halve(x):
    return x // 2


def describe(x):
    return "value " + str(x)


def main():
    print(add(2, 3), add(2.5, 3.5), add(1, 2.5), add("ab", "cd"))
    print(square(7), square(1.5), square(-3), square(-0.5))
    print(mean3(1, 2, 3), mean3(1.5, 2.5, 3.5), mean3(1, 2, 4))
    for x in range(-2, 3):
        print(poly(x), poly(x + 0.5))
    print(sum_to(10, 1), sum_to(1.0, 0.25), sum_to(100, 7))
    print(larger(3, 9), larger(2.5, -1.0), larger("pear", "apple"), larger(True, False))
    print(halve(9), halve(9.0), halve(-9), halve(-9.5))
    print(describe(1), describe(1.0), describe("one"), describe(True))
    print(square(square(3)), square(square(0.5)), add(square(2), square(0.5)))


main()
