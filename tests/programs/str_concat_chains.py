"""Strings built from many pieces at once: f-strings with several fields, chains of `+`
(left- and right-nested), `str.format` templates; every piece evaluated left to right, with
non-ASCII pieces (character counts), empty ones and pieces that print as they are made."""


class Loud:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        print("str of", self.name)
        return self.name

    def __format__(self, spec):
        print("format of", self.name, repr(spec))
        return "<" + self.name + ":" + spec + ">"


def tag(s):
    print("tag", s)
    return s


def row(i, name, qty, price):
    return f"{i},{name},{qty},{price // 100}.{price % 100:02d}"


a, b, c = "α", "", "βγ"
s = a + b + c + "δ" + a
print(s, len(s), s[3], s[-1])
t = tag("x") + (tag("y") + tag("z")) + tag("w")
print(t, len(t))
u = "é" + ("" + ("ü" + "ß")) + ""
print(u, len(u), u.upper())
print(row(7, "item7", 42, 1205))
print(row(-3, "naïve", 0, 7))
p, q = Loud("p"), Loud("q")
print(f"[{p}] and [{q!s}] and [{p:>5}] {len(s)}")
print("{} + {} = {:>6}|{!r}".format(a, c, a + c, u))
parts = []
for i in range(5):
    parts.append(f"{i}:{'-' * i}{chr(0x3b1 + i)}|")
joined = "".join(parts)
print(joined, len(joined))
acc = ""
for i in range(4):
    acc = acc + str(i) + "," + chr(0x41 + i)
print(acc, len(acc))
width = 8
print(f"{'left':<{width}}|{'right':>{width}}|{3.14159:{width}.{3}f}|")
big = f"{2**100}-{-2**70}-{1e300}-{None}-{True}"
print(big, len(big))
