"""Top-level names bound once to a class or a tuple of classes (`ERRORS = (KeyError,
ValueError)`): read through in `except`, `raise`, `isinstance` and `issubclass`, also from
inside functions and nested in other tuples; issubclass() of builtin exception classes."""

class Point:
    pass


class AppError(Exception):
    pass


class RetryableError(AppError):
    pass


ERRORS = (KeyError, ValueError)
Errors = (KeyError, IndexError)
Alias = ValueError
FATAL = (AppError, KeyError, ValueError)
Number = (int, float)
Retry = RetryableError
NESTED = (AppError, Number)


def parse(s):
    try:
        return int(s)
    except ERRORS as e:
        print("bad", type(e).__name__, e)
        return -1


def lookup(d, k):
    try:
        return d[k]
    except ERRORS:
        return None


def work(n):
    if n == 0:
        raise Retry("again")
    if n == 1:
        raise Alias("alias")
    return n


print(parse("12"), parse("x"), lookup({"a": 1}, "a"), lookup({}, "b"))
for n in range(3):
    try:
        print(work(n))
    except FATAL as e:
        print("fatal", type(e).__name__, e, isinstance(e, AppError), isinstance(e, Retry))
print([isinstance(v, Number) for v in (1, 2.5, "s")])
try:
    raise Alias
except Alias as e:
    print("bare", repr(e))
print(isinstance(3, NESTED), isinstance(AppError(), NESTED), isinstance("x", NESTED))
print(issubclass(AppError, Exception), issubclass(KeyError, LookupError), issubclass(KeyError, ValueError))
print(issubclass(KeyError, Errors), issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, (ValueError, (LookupError,))))
print(issubclass(Point, object), issubclass(ValueError, object), issubclass(ValueError, AppError), issubclass(AppError, Errors))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
