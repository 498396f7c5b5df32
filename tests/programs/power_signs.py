# `int ** int` is a float when the exponent is negative: a function that takes the exponent
# as an argument returns either, as the values decide; loop counters and lengths keep ints.


def power(base, exp):
    return base ** exp


def binary_weights(bits):
    weights = []
    for i in range(bits):
        weights.append(2 ** i)
    return weights


def scale(value, decimals):
    # Shifting the decimal point either way: 10 ** -2 is 0.01.
    return value * 10 ** decimals


def geometric(ratio, terms):
    total = 0
    k = 0
    while k < terms:
        total += ratio ** k
        k += 1
    return total


print(power(2, 10), power(2, -2), power(-3, 3), power(10, -1), power(0, 0))
print(binary_weights(8))
for d in range(-3, 4):
    print(d, scale(5, d), type(scale(5, d)).__name__)
print(geometric(3, 5), geometric(2, 64))
print(sum(power(2, -i) for i in range(6)))
print([pow(b, e) for b, e in [(2, 5), (2, -1), (-2, -3), (7, 0)]])

mask_bits = len("abcdef")
mask = 2 ** mask_bits - 1
print(mask, bin(mask), 1234 & mask)

exps = [3, -3, 100, -1]
results = [power(3, e) for e in exps]
print(results)
print([r * 2 for r in results])

try:
    print(power(0, -1))
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)

print(power(2, -1075), power(2, -1074))
try:
    print(power(10, -400) + power(2, 2000) * 1.0)
except OverflowError as err:
    print("OverflowError:", err)
