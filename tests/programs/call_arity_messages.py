# TypeError messages of calls that do not fit, counted as CPython counts them: parameters with
# defaults ("takes from 1 to 2"), keyword-only arguments given alongside.
import functools


def f(a, b=None):
    return a


def g(a, *, key=0):
    return a + key


class Box:
    def put(self, item, count=1):
        return (item, count)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(w, h=1):
    return w * h


def attempt(label, action):
    try:
        print(label, action())
    except TypeError as e:
        print(label, "TypeError:", e)


h = f
attempt("f(1, 2, 3)", lambda: h(*(1, 2, 3)))
attempt("g(1, 2, key=3)", lambda: g(1, 2, key=3))
attempt("box.put(1, 2, 3)", lambda: Box().put(1, 2, 3))
attempt("area(1, 2, 3)", lambda: area(1, 2, 3))
attempt("area(2)", lambda: area(2))
attempt("f(1, 2)", lambda: h(1, 2))
