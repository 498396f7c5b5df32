"""Convert integers to Roman numerals and back (by value)."""


def roman_digit(d, one, five, ten):
    if d == 9:
        return one + ten
    if d >= 5:
        return five + one * (d - 5)
    if d == 4:
        return one + five
    return one * d


def to_roman(n):
    result = "M" * (n // 1000)
    result += roman_digit(n // 100 % 10, "C", "D", "M")
    result += roman_digit(n // 10 % 10, "X", "L", "C")
    result += roman_digit(n % 10, "I", "V", "X")
    return result


def roman_length_stats(limit):
    longest = 0
    longest_n = 0
    total = 0
    for n in range(1, limit):
        length = len(to_roman(n))
        total += length
        if length > longest:
            longest = length
            longest_n = n
    print("longest numeral below", limit, "is", to_roman(longest_n), "for", longest_n)
    print("total characters:", total)


def main():
    for n in range(1, 21):
        print(n, to_roman(n))
    for year in range(1990, 2031, 8):
        print(year, "=", to_roman(year))
    print(to_roman(3999), to_roman(444), to_roman(1666))
    roman_length_stats(4000)
    print(to_roman(2024) < to_roman(2025), to_roman(4) == "IV")


main()
