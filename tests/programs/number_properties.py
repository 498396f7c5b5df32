"""Property test: the format-spec mini-language, float repr, %-formatting and exact integer
arithmetic on thousands of random values, compared line by line with CPython.

By hand, for a fresh batch: run the compiled program with `SEED SCALE` (the test runs seed
20261205 at scale 1) and diff its output with `python3 number_properties.py SEED SCALE`."""
import random
import sys

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 20261205
scale = int(sys.argv[2]) if len(sys.argv) > 2 else 1
random.seed(seed)

FILLS = ["", "", "", "*", "0", " ", "x"]
ALIGNS = ["", "", "<", ">", "^", "="]
SIGNS = ["", "", "+", "-", " "]
GROUPS = ["", "", "", ",", "_"]
INT_TYPES = ["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%", "E", "G", "F", "s"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "%", "n", "d", "x"]


def random_spec(types):
    fill = random.choice(FILLS)
    align = random.choice(ALIGNS)
    spec = ""
    if align:
        spec = fill + align
    spec += random.choice(SIGNS)
    if random.random() < 0.2:
        spec += "#"
    if random.random() < 0.2:
        spec += "0"
    if random.random() < 0.6:
        spec += str(random.randint(0, 25))
    spec += random.choice(GROUPS)
    if random.random() < 0.5:
        spec += "." + str(random.randint(0, 20))
    spec += random.choice(types)
    return spec


def random_int():
    kind = random.randint(0, 5)
    if kind == 0:
        return random.randint(-20, 20)
    if kind == 1:
        return random.randint(-100000, 100000)
    if kind == 2:
        return random.randint(-(2 ** 62), 2 ** 62)
    if kind == 3:
        return random.randint(-(10 ** 40), 10 ** 40)
    if kind == 4:
        return random.choice([0, 1, -1, 2 ** 63 - 1, -(2 ** 63), 2 ** 62, -(2 ** 62) - 1, 2 ** 64])
    return random.randint(0, 1114111)


def random_float():
    kind = random.randint(0, 6)
    if kind == 0:
        return random.choice([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 0.5, 2.5, -1.5])
    if kind == 1:
        return round(random.uniform(-1000, 1000), random.randint(0, 4))
    if kind == 2:
        return random.uniform(-1, 1) * 10.0 ** random.randint(-30, 30)
    if kind == 3:
        return random.random() * 10.0 ** random.randint(-320, 300)
    if kind == 4:
        return float(random.randint(-(10 ** 20), 10 ** 20))
    if kind == 5:
        return random.randint(1, 99) / random.choice([3, 7, 8, 10, 100, 1024])
    return random.uniform(0, 1)


def show_format(value, spec):
    try:
        text = format(value, spec)
    except (ValueError, TypeError, OverflowError) as e:
        text = type(e).__name__ + ": " + str(e)
    print(repr(spec), text)


def check_formats(n):
    for _ in range(n):
        show_format(random_int(), random_spec(INT_TYPES))
    for _ in range(n):
        show_format(random_float(), random_spec(FLOAT_TYPES))


STR_TYPES = ["", "", "s", "d"]
WORDS = ["", "a", "natrix", "héllo", "日本語", "x y z", "tab\tbed"]


def check_str_formats(n):
    for _ in range(n):
        show_format(random.choice(WORDS), random_spec(STR_TYPES))


def check_fixed_specs(n):
    for _ in range(n):
        x = random_float()
        i = random_int()
        print(f"{x:.3f}|{x:>12.4e}|{x:,.2f}|{x:g}|{x:.1%}|{x:+}|{x:=+14.3g}|{x:010.2f}")
        print(f"{i:,}|{i:_x}|{i:#o}|{i:+08d}|{i:^9}|{i:#_b}|{i: }|{i:e}")
        print("%.3f %e %g %10.2f %-8d %x %o %r %s %5.1f%%" % (x, x, x, x, i, i, i, x, i, x))
        print("{:>10} {:.2%} {!r} {:,} {:<6.2f}|".format(i, x, x, i, x))
        show_format(i % 2 == 0, random_spec(["", "d", "x", "f", "c"]))


def check_float_repr(n):
    for _ in range(n):
        x = random_float()
        r = repr(x)
        back = float(r)
        same = back == x or (x != x and back != back)
        print(r, str(x), same, round(x, 2) if x == x and abs(x) < 1e300 else "-",
              x.is_integer() if x == x and abs(x) != float("inf") else "-")


def safe(op, a, b):
    try:
        return op(a, b)
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


def check_int_arith(n):
    for _ in range(n):
        a = random_int()
        b = random_int()
        s = random.randint(0, 70)
        print(a + b, a - b, a * b, safe(lambda x, y: x // y, a, b), safe(lambda x, y: x % y, a, b),
              safe(lambda x, y: divmod(x, y), a, b))
        print(a << s, a >> s, a & b, a | b, a ^ b, ~a, abs(a), -a, a.bit_length())
        print(safe(lambda x, y: pow(x, y, 1000000007), a, b % 1000), safe(lambda x, y: pow(x, y), a, s % 9),
              hash(a), a < b, a == b, a <= float(b) if abs(b) < 10 ** 300 else "-")
        print(hex(a), oct(a), bin(a)[:40], int(str(a)), int(hex(a), 16), int(oct(a), 0))
        f = safe(lambda x, y: x / y, a, b)
        print(f, float(a), int(float(a)) if abs(a) < 10 ** 300 else "-", round(a, -3))


check_formats(800 * scale)
check_str_formats(300 * scale)
check_fixed_specs(80 * scale)
check_float_repr(600 * scale)
check_int_arith(120 * scale)
