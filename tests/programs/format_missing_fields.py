"""Literal str.format templates whose fields name missing arguments or mix numbering: CPython's
IndexError, KeyError and ValueError when the call runs (not a compile error)."""

cases = [
    lambda: "{}".format(),
    lambda: "{0} {}".format(1, 2),
    lambda: "{} {0}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "{2}".format(1, 2),
    lambda: "{} {}".format(1),
    lambda: "{0:{1}}".format(5),
]
for c in cases:
    try:
        print(c())
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
