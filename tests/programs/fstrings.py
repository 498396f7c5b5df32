"""f-strings and format(): the format-spec mini-language on numbers and text."""


def table_row(name, qty, price):
    total = qty * price
    return f"{name:<10}|{qty:>5}|{price:>9.2f}|{total:>10,.2f}"


def percent(part, whole):
    return f"{part / whole:.1%}"


def main():
    print(table_row("apples", 12, 0.5))
    print(table_row("melons", 3, 2.75))
    print(table_row("truffles", 1, 1234.5678))
    print(percent(1, 3), percent(2, 2), percent(0, 5))
    x = 255
    print(f"{x} {x:b} {x:o} {x:x} {x:X} {x:#x} {x:#o} {x:08b} {x:+d} {-x:d}")
    print(f"{x:,} {10 ** 20:,} {1234567:_} {x:^9} {x:*>7} {x:=+8}")
    pi = 3.141592653589793
    print(f"{pi} {pi:.0f} {pi:.3f} {pi:10.4f}| {pi:e} {pi:.2E} {pi:g} {1e-7:g} {1e20:g}")
    print(f"{0.1 + 0.2} {1e16} {-0.0} {2.5:.0f} {3.5:.0f} {1.005:.2f}")
    name = "natrix"
    print(f"[{name}] [{name:>10}] [{name:<10}] [{name:^10}] [{name:.3}] [{name!r}] [{name!s:>8}]")
    print(f"{True} {False!r} {None} {True:>6} {1 == 1:d}")
    width = 12
    print(f"[{name:>{width}}] [{pi:{width}.{3}f}]")
    print(format(42), format(42, "05d"), format(2.5, ".3e"), format("hi", "*^6"), repr("it's"), repr(7))
    print(f"{'quoted'!r} {len(name)} {name + '!'} {x * 2 if x > 100 else 0}")
    print(f"{{braces}} {x}{{}}")
    print(f"{format(x, 'x')!r:>8}")
    print(f"{x:d}", f"{pi:d}")


main()
