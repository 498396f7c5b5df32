# Format specs that are easy to get wrong: a float with a precision and no type keeps a
# digit after the point (`2.0`), grouping goes into the integer part only (never into an
# exponent), the `0` flag groups its zeros, and pads a str with zeros.

readings = [2.0, 1.0, 123.0, 42.0, 1e20, 123456.0, 0.5, -2.0, 1234.0, 1e-5, 100.0,
            1234567.891, -9876543.2, 0.25, float("inf"), float("nan")]

for x in readings:
    print(f"{x:.3}|{x:10.3}|{x:<10.4}|{x:010.3}|{x:+.3}|{x:#.3}|{x:.0}|")

for x in readings:
    print(f"{x:,e}|{x:,g}|{x:_.3e}|{x:,}|{x:,.3g}|{x:,.2f}|{x:,%}|{x:015,.1f}|{x:*^20,.1f}|")

for w in range(6, 14):
    print(format(1234.5, f"0{w},.1f"), format(-1234.5, f"0{w},.1f"),
          format(1234.5, f"+0{w}_.1e"), format(float("inf"), f"0{w},"))

codes = ["ab", "x", "7", "long-name"]
for c in codes:
    print(f"[{c:06}] [{c:>06}] [{c:x>06}] [{c:^07}] [{c:.2}] [{c:08.3}]")

total = 0.0
for i, x in enumerate([19.99, 5.0, 100.0, 0.01]):
    total += x
    print("{:>3} {:>10.4} {:>12,.2f} {:.3}".format(i, x, total * 1000, total))
