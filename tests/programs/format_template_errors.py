"""str.format templates: fields within specs, conversions, and CPython's ValueError for each kind
of malformed template, both for literal templates and for ones known only at run time."""

w, p = 10, 3
x = 3.14159
print("{:>{}.{}f}|".format(x, w, p), "{0:>{1}.{2}f}|".format(x, w, p), "{v:^{w}}|".format(v="mid", w=9))
print("{!a} {!r:>8} {!s:<4}|".format("é", "q", 5))
print("{{}} {} {}".format(1, 2), "{0}{0}".format("ab"))
items = ["a", "b"]
print("{} {} {}".format(0, *items))
try:
    print("{".format(1))
except ValueError as e:
    print("E1", e)
try:
    print("{0} }".format(1))
except ValueError as e:
    print("E2", e)
try:
    print("{!x}".format(1))
except ValueError as e:
    print("E3", e)
try:
    print("{0:{1:{2}}}".format(1, 2, 3))
except ValueError as e:
    print("E4", e)

for t in ["{", "}", "a{b", "x}y", "{0", "{:", "{!", "{!x}", "{0!r:>5", "{a{}", "{!rx}", "{}{0}", "{0}{}", "{name}",
          "{:>{}}|", "{0:>{1}.{2}f}|", "{!r:^9}|{!s}|{!a}", "{:{}{}}", "{0:{1:{2}}}", "{{}} {}", "{}{}{}"]:
    try:
        print(repr(t.format("é", 7, 2)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
