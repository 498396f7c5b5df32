"""Building strings with +, *, str() and comparing them."""


def repeat_with_sep(word, times, sep):
    result = ""
    for i in range(times):
        if i > 0:
            result += sep
        result += word
    return result


def to_binary(n):
    if n == 0:
        return "0"
    digits = ""
    while n > 0:
        digits = str(n % 2) + digits
        n //= 2
    return digits


def to_base(n, base):
    symbols = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    negative = n < 0
    n = abs(n)
    out = ""
    while n > 0:
        d = n % base
        digit = ""
        # no indexing available: pick the digit by comparison
        if d < 10:
            digit = str(d)
        elif d == 10:
            digit = "a"
        elif d == 11:
            digit = "b"
        elif d == 12:
            digit = "c"
        elif d == 13:
            digit = "d"
        elif d == 14:
            digit = "e"
        else:
            digit = "f"
        out = digit + out
        n //= base
    if negative:
        out = "-" + out
    return out


def pad_left(s, width, fill=" "):
    while len(s) < width:
        s = fill + s
    return s


def main():
    print(repeat_with_sep("ab", 4, "-"))
    print("=" * 20)
    print("-" * 0 + "|", "x" * -3 + "|")
    print(to_binary(0), to_binary(5), to_binary(255), to_binary(1024))
    print(to_base(255, 16), to_base(-255, 16), to_base(100, 8), to_base(0, 2))
    for n in range(1, 6):
        print(pad_left(str(n * n * n), 5, fill="."), pad_left(str(n), 3))
    line = ""
    for i in range(10):
        line = line + str(i)
    print(line, len(line))
    words = "apple" + " " + "banana"
    print(words, len(words), len(""))
    print("apple" < "banana", "Zebra" < "apple", "abc" == "abc", "abc" != "abd")
    print("abc" < "abcd", "b" > "abc", "" < "a", "a" <= "a", "b" >= "c")
    print(str(42) + str(-7) + str(3.5) + str(True) + str(False))
    print(str(1e100), str(0.1), str(-0.0))
    banner = "*" * 3 + " natrix " + "*" * 3
    print(banner, len(banner))
    print(3 * "ab", "ab" * 3 == 3 * "ab")


main()
