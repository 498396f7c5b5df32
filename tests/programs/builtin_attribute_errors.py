"""Attributes a builtin type has not, reached in code the program guards (a comparison with a
number, a helper given the wrong kind of value): CPython's AttributeError when they run, and
the parts of real numbers (`real`, `imag`, `numerator`, `denominator`)."""


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


print(Money(5) < Money(7))
try:
    print(Money(5) < 7)
except AttributeError as e:
    print("AttributeError:", e)


def add_tag(tags, tag):
    try:
        tags.append(tag)
    except AttributeError as e:
        print("cannot tag:", e)
    return tags


def note(x):
    print("evaluated", x)
    return x


print(add_tag(["a"], "b"), add_tag("a", "b"), add_tag(3, "b"))
try:
    (5).append(note("argument"))
except AttributeError as e:
    print("AttributeError:", e)


def parts(x):
    return x.real, x.imag


print(parts(3), parts(2.5), parts(True), (7).numerator, (7).denominator, (-2.0).real)
total = sum(n.real for n in [1, 2, 3])
print(total, type(total).__name__)
