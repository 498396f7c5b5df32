"""A tiny self-checking numeric library: results compared with math.isclose (default and
explicit tolerances), answers read as text compared with numbers (never equal), and the
tolerance errors CPython raises."""
import math
from math import isclose


def mean(xs):
    return sum(xs) / len(xs)


def stddev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / len(xs))


def newton_sqrt(x, steps):
    guess = x / 2.0
    for _ in range(steps):
        guess = (guess + x / guess) / 2.0
    return guess


def check(name, got, want, rel_tol=None, abs_tol=None):
    if rel_tol is not None and abs_tol is not None:
        ok = math.isclose(got, want, rel_tol=rel_tol, abs_tol=abs_tol)
    elif rel_tol is not None:
        ok = math.isclose(got, want, rel_tol=rel_tol)
    elif abs_tol is not None:
        ok = isclose(got, want, abs_tol=abs_tol)
    else:
        ok = math.isclose(got, want)
    print(f"{name:<16} {got!r:<22} {'ok' if ok else 'FAIL'}")
    return ok


def main():
    data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
    passed = 0
    passed += check("mean", mean(data), 5.0)
    passed += check("stddev", stddev(data), 2.0)
    passed += check("0.1+0.2", 0.1 + 0.2, 0.3)
    passed += check("sqrt(2) 3", newton_sqrt(2.0, 3), math.sqrt(2))
    passed += check("sqrt(2) 3 loose", newton_sqrt(2.0, 3), math.sqrt(2), rel_tol=1e-3)
    passed += check("tiny", 1e-12, 0.0)
    passed += check("tiny abs", 1e-12, 0.0, abs_tol=1e-9)
    passed += check("both", 100.0, 101.0, rel_tol=0.001, abs_tol=2.0)
    passed += check("inf", math.inf, math.inf)
    passed += check("inf vs big", math.inf, 1e308)
    passed += check("nan", math.nan, math.nan)
    print(passed, "of 11 passed")

    # Answers typed by a user are text; comparing them with numbers is always False in Python.
    answers = ["4", "four", "4.0"]
    for a in answers:
        print(repr(a), a == 4, a != 4, 4.0 == a, a == None)
    count = 3
    label = "3"
    print(count == label, label != count, count == None, None == 0.0)
    try:
        math.isclose(1.0, 1.0, rel_tol=-0.5)
    except ValueError as e:
        print("ValueError:", e)
    print(isclose(1, 2, abs_tol=-1))


main()
