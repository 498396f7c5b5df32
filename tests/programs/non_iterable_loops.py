# Loops over numbers or None raise CPython's TypeError when they start; a table of functions
# mixing math functions and builtins works for the arguments each one gets.
import math


def total(values):
    t = 0
    for v in values:
        t += v
    return t


def squares(values):
    return [v * v for v in values]


def attempt(label, action):
    try:
        print(label, action())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("total([1, 2])", lambda: total([1, 2]))
attempt("total(5)", lambda: total(5))
attempt("squares(2.5)", lambda: squares(2.5))
attempt("squares(None)", lambda: squares(None))
attempt("max(9)", lambda: max(9))
attempt("min(True)", lambda: min(True))

OPS = {"sqrt": math.sqrt, "max": max, "floor": math.floor}
for name in ("sqrt", "floor"):
    print(name, OPS[name](10.5))
attempt("max of a float", lambda: OPS["max"](10.5))
