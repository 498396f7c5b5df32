"""hex/oct/bin, int(s, base), pow with a modulus, divmod, any/all, bit_length."""


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    while n > 0:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out


def main():
    for n in [0, 5, 255, -255, 2 ** 70]:
        print(n, hex(n), oct(n), bin(n), n.bit_length())
    print(int("ff", 16), int("0x1F", 0), int("-0b101", 0), int("777", 8), int(" z ", 36), int("1_000", 10))
    print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(3, 200, 1000), pow(3, -1, 7), pow(7, 2, -5))
    print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-7.5, 2))
    q, r = divmod(1000, 7)
    print(q, r, q * 7 + r)
    print(to_base(255, 2), to_base(255, 16), to_base(10 ** 20, 36), int(to_base(10 ** 20, 36), 36) == 10 ** 20)
    xs = [0, 0, 3]
    print(any(xs), all(xs), any([]), all([]), all([1, 2]), any([0.0, 0.0]), any(["", "x"]), all("abc"))
    print(any([x > 2 for x in xs]), all([x >= 0 for x in xs]))
    print(int("12", 2))


main()
