# printf-style % formatting with templates known only at run time: flags, widths, precisions,
# every conversion, a lone value or a tuple, and CPython's TypeErrors.
def line(fmt, *values):
    return fmt % values


print(line("%-8s|%5d|%7.2f", "pen", 3, 1.5))
print(line("%s=%r (%a)", "k", "v", "é"))
print(line("%05d %x %X %o %#x %+d % d", 42, 255, 255, 8, 255, 7, 7))
print(line("%e %g %.3g %10.4f|%-10.1f|", 12345.678, 0.0001, 3.14159, 2.5, 2.5))
print(line("%c%c %d%% %.2s %d", 72, "i", 50, "abcdef", 3.99))
one = "value: %s"
for v in [1, 2]:
    print(one % v if v > 1 else "skip")
def single(fmt, x):
    return fmt % x
print(single("[%6.1f]", 3.14159), single("%s", [1, 2]), single("%r", "q"))
for bad in ["%d %d", "%d"]:
    try:
        print(line(bad, 1) if bad == "%d %d" else line(bad, 1, 2))
    except TypeError as e:
        print("TypeError:", e)
for fmt, v in [("%x", "1"), ("%o", 2.5), ("%X", "a"), ("%c", "ab"), ("%c", "é"), ("%f", "1.5")]:
    try:
        print(repr(single(fmt, v)))
    except TypeError as e:
        print("TypeError:", e)
print(single("%d", "x"))
