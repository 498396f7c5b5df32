# str.format() on a literal: automatic, numbered and named fields, specs, !r, escaped braces.


name = "Ada"
score = 93.456
print("Hello, {}!".format(name))
print("{0} scored {1:.1f} ({1:>9.3f}) - {0!r}".format(name, score))
print("{name:<6}|{n:05d}|{pct:.0%}".format(name="bob", n=42, pct=0.256))
print("{{literal}} {} {}".format(1, [1, 2]))
print("{:,}".format(1234567), "{:x}".format(255), "{:>4}".format("ab"))
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25)]
for fruit, qty, price in rows:
    print("{:<8}{:>4}{:>8.2f}".format(fruit, qty, qty * price))
print("".format(), "no fields".format())
