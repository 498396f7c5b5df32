# str.format on templates known only at run time: a table of templates, a helper taking the
# template as a parameter, specs, conversions, and CPython's errors for a missing argument
# and a keyword field.
templates = ["{} + {} = {}", "{0:>5}|{1:<6.2f}|{2!r}", "{2}{1}{0}", "[{:^9}]"]
for t in templates:
    print(t.format(3, 4.5, "seven"))
row = "{:<10}{:>8}"
for name, qty in [("apples", 3), ("kiwis", 12)]:
    print(row.format(name, qty))
def report(fmt, value):
    return fmt.format(value)
print(report("value={!a}", "é"), report("{:08.3f}", 3.14159), report("{:,}", 1234567))
def two(fmt):
    return fmt.format(1, 2)


try:
    print(two("{} {} {}"))
except IndexError as e:
    print("IndexError:", e)
print(report("{name}", 1))
