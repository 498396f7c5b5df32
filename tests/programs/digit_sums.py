"""Digit manipulations: sums, reversal, palindromes, Armstrong numbers."""


def digit_sum(n):
    n = abs(n)
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n


def reverse_digits(n):
    result = 0
    while n > 0:
        result = result * 10 + n % 10
        n = n // 10
    return result


def num_digits(n):
    if n == 0:
        return 1
    count = 0
    while n != 0:
        n //= 10
        count += 1
    return count


def is_armstrong(n):
    k = num_digits(n)
    total = 0
    m = n
    while m > 0:
        total += (m % 10) ** k
        m //= 10
    return total == n


def main():
    print(digit_sum(0), digit_sum(12345), digit_sum(-987), digit_sum(2 ** 50))
    print(digital_root(987654321), digital_root(5), digital_root(0))
    print(reverse_digits(12345), reverse_digits(1200), reverse_digits(7))
    palindromes = 0
    for n in range(1, 10000):
        if n == reverse_digits(n):
            palindromes += 1
    print("palindromes below 10000:", palindromes)
    print("armstrong numbers below 100000:")
    for n in range(1, 100000):
        if is_armstrong(n):
            print(" ", n)
    print("digits of 2**60:", num_digits(2 ** 60), "sum:", digit_sum(2 ** 60))
    print("len(str(2**60)) =", len(str(2 ** 60)))


main()
