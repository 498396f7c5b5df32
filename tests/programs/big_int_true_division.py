"""True division of ints past the float range: exact, then rounded once, as CPython does;
OverflowError only when the quotient itself is too large for a float."""


def ratio(a, b):
    return a / b


def mean(values):
    return sum(values) / len(values)


googol = 10 ** 100
print(10 ** 400 / 10 ** 399)
print(ratio(2 ** 1100 + 1, 2 ** 1000))
print(ratio(-(3 ** 700), 3 ** 699))
print(ratio(1, 10 ** 400), ratio(-1, 10 ** 400))
print(mean([googol ** 3, googol ** 3 + 1, googol ** 3 + 2]) / googol ** 2)
print(ratio(2 ** 2000, 2 ** 977))
n = 7
print(n / n, (10 ** 400 + 1) / (10 ** 400 + 1))
for a, b in [(10 ** 400, 3), (1, 0), (10 ** 400, 0)]:
    try:
        print(ratio(a, b))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
