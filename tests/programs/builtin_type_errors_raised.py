# Builtins called with arguments of a type they reject: CPython raises TypeError when the
# call runs, and programs that show or test error handling rely on it.


def attempt(label, action):
    try:
        result = action()
        print(f"{label}: ok {result!r}")
    except TypeError as e:
        print(f"{label}: TypeError: {e}")


def length(x):
    return len(x)


def as_int(x):
    return int(x)


attempt("len(5)", lambda: len(5))
attempt("len(2.5)", lambda: length(2.5))
attempt("len('abc')", lambda: length("abc"))
attempt("int([1])", lambda: as_int([1, 2]))
attempt("int('12')", lambda: as_int("12"))
attempt("float((1,))", lambda: float((1,)))
attempt("round('1.5')", lambda: round("1.5"))
attempt("round([1], 2)", lambda: round([1.5], 2))
attempt("abs('x')", lambda: abs("x"))
attempt("ord(65)", lambda: ord(65))
attempt("chr('A')", lambda: chr("A"))
attempt("chr(66.0)", lambda: chr(66.0))
attempt("sorted(3)", lambda: sorted(3))
attempt("list(4.5)", lambda: list(4.5))
attempt("sum(7)", lambda: sum(7))
attempt("any(True)", lambda: any(True))
attempt("set(None)", lambda: set(None))



class Deck:
    """Neither sized nor iterable: no `__len__`, `__iter__` or `__getitem__`."""

    def __init__(self, cards):
        self.cards = cards


attempt("len(Deck([1]))", lambda: len(Deck([1])))
attempt("sorted(Deck([2, 1]))", lambda: sorted(Deck([2, 1])))

calls = []


def noisy(v):
    calls.append(v)
    return v


try:
    len(noisy(10))
except TypeError as e:
    print("after evaluating", calls, "->", e)
print(len(3))
