"""%-formatting of ints with a precision (a minimum number of digits), `#` prefixes, `%c`
with a width, huge ints under float conversions, and values whose type is known only at run
time, with templates both literal and built at run time: CPython's text or its exception."""

import sys
pre = sys.argv[0][:0]
def both(t, v):
    for tmpl in (t, pre + t):
        try:
            print(repr(tmpl % v))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
both("%.3d|%#.3o|%.5x|%8.3d|%-8.3x|%+.2d|%08.3d|% .4i", (5, 5, 255, 7, 10, 3, 4, -6))
both("%#x|%#X|%#o|%#.0x", (0, 255, 8, 0))
both("%.3d|%.2x", (-5, -255))
both("%.3d|%5.3d", (2.9, -2.9))
both("%.30d", 10**25)
both("%3c|%-3c|%c", (65, "z", True))
both("%c", 0x110000)
both("%c", -1)
both("%f", 10**400)
both("%.2e", 10**300)
both("%d", "3")
both("%x", 2.5)
both("%.3d", True)
print("%.3d|%#.3o|%.5x|%8.3d|%-8.3x|%+.2d|%08.3d|% .4i" % (5, 5, 255, 7, 10, 3, 4, -6))
print("%3c|%-3c|%c" % (65, "z", True))
for v in [1, "5", 2.5]:
    try:
        print("%d|%x" % (v, v))
    except TypeError as e:
        print("TypeError", e)
for v in [65, "s", 2.5]:
    try:
        print("%c" % v)
    except TypeError as e:
        print("TypeError", e)
