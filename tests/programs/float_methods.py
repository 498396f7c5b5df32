# float's own methods: hex() and float.fromhex() round trips, is_integer(), as_integer_ratio()
# (exact fractions), with CPython's errors.
x = 3.75
print(x.hex(), (0.1).hex(), float.fromhex("0x1.999999999999ap-4"), x.is_integer(), x.as_integer_ratio())
print((-0.0).hex(), float("inf").hex(), (2.0).is_integer(), (-0.5).as_integer_ratio(), (1e300).as_integer_ratio()[1])
print(float.fromhex(" -0x1p-1074 "), float.fromhex("inf"))
for bad in ["0xz", "0x1p99999"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print("ValueError", e)
    except OverflowError as e:
        print("OverflowError", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)


def exact_fraction(x):
    num, den = x.as_integer_ratio()
    return f"{num}/{den}"


samples = [0.5, 0.1, 1 / 3, 2.0**-20, 12345.678, -7.0]
for s in samples:
    encoded = s.hex()
    assert float.fromhex(encoded) == s
    print(f"{s!r:>22} {encoded:>24} {exact_fraction(s):>40} whole={s.is_integer()}")
