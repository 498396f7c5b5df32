"""functools.partial over builtins with keyword arguments, and builtins as values."""
import functools

parse_binary = functools.partial(int, base=2)
parse_hex = functools.partial(int, base=16)
to_int = functools.partial(int)
cents = functools.partial(round, ndigits=2)

print(parse_binary("1011"), parse_binary("11111111"), [parse_hex(h) for h in ("ff", "7f", "10")])
print(to_int("0o17", 0), to_int("42"), to_int(3.99), to_int(True))
print(cents(3.14159), cents(2.675), [round(x) for x in (0.5, 1.5, 2.5)])
print(list(map(round, [1.25, 2.5, -0.5])), sorted(["10", "9", "100"], key=int))
prices = {"tea": 3.14159, "cake": 4.5}
print({k: cents(v) for k, v in prices.items()})
