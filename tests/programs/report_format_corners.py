"""A report formatter driven by data: format specs held in mixed lists, objects formatted
with and without __format__, separators that may be None, translation tables built from
dicts, and CPython's limit on huge decimal conversions."""


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f") + " EUR"


class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text.upper()


columns = [("qty", 12, ">6d"), ("price", 3.14159, "8.3f"), ("share", 0.4567, ".1%")]
for name, value, spec in columns:
    print(f"{name:<6}|{format(value, spec)}|")

row = [Money(123456), ",.2f", Label("total"), ""]
print(format(row[0], row[1]), format(row[2], row[3]), "[{}]".format(Label("x")), f"{Label('y')}")
print(format(Money(5), ""), f"{Money(99):>10.1f}")
try:
    print(f"{Label('bad'):>8}")
except TypeError as e:
    print("TypeError:", e)
try:
    print(format(3, [1, "x"][0]))
except TypeError as e:
    print("TypeError:", e)


def tokens(line, sep=None, limit=-1):
    return line.split(sep, limit)


for sep in [None, ";", None]:
    print(tokens(" a;b  c;d ", sep), " a;b  c;d ".rsplit(sep, 1))
for chars in [None, "-*", None]:
    print(repr("--* item *--  ".strip(chars)), repr("  **x".lstrip(chars)), repr("y--  ".rstrip(chars)))

accents = str.maketrans({"é": "e", "ü": "ue", "ß": "ss", "!": None})
print("Grüße, café!".translate(accents))
by_code = str.maketrans({ord("a"): "4", ord("e"): "3"})
print(sorted(by_code.items()), "beefcake".translate(by_code))
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError:", e)

huge = 7 ** 6000
print(len(format(7 ** 5000, ",")), len(f"{huge:x}"), len(f"{huge:b}"))
for spec in ["", "d", ",", ">10", "_"]:
    try:
        print(len(format(huge, spec)))
    except ValueError as e:
        print("ValueError for", repr(spec) + ":", str(e)[:40])
try:
    print("%d" % huge)
except ValueError as e:
    print("ValueError for %d")
