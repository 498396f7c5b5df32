"""__exit__ testing the exception class it is given: `exc_type is NotFound`, issubclass
against builtin and program exception classes and tuples of them, and CPython's TypeError for
issubclass(None, …) when the block raised nothing."""
class AppError(Exception):
    pass


class NotFound(AppError):
    pass


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.seen = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.seen.append("clean")
            return False
        self.seen.append(exc_type.__name__)
        if exc_type is NotFound:
            print("exactly NotFound:", exc)
        if issubclass(exc_type, (LookupError, AppError)):
            print("suppressing", exc_type.__name__, issubclass(exc_type, Exception), exc_type is not AppError)
            return True
        return False


s = Suppress()
with s:
    raise NotFound("user 7")
with s:
    raise KeyError("k")
with s:
    raise AppError("base")
with s:
    raise IndexError(3)
with s:
    pass
print(s.seen)
try:
    with s:
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)


class Check:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return issubclass(et, ArithmeticError)


with Check():
    1 / 0
print("after zero division")
with Check():
    print("no error")
