"""Exception classes as values: a test helper taking the class it expects, retry loops
catching a tuple of classes held in a parameter or a class attribute, tables of classes
raised by key, classes as dict keys, `raise cls` of a class held in a variable (or in a value
that may also hold an instance), and a top-level name read before a class of the same name
is defined (CPython reads the builtin)."""

class AppError(Exception):
    pass

class NotFound(AppError):
    pass

class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(f"{code} {reason}")
        self.code = code


def assert_raises(exc_class, func, *args):
    try:
        func(*args)
    except exc_class as e:
        print(f"ok: {exc_class.__name__} raised: {e}")
        return True
    except Exception as e:
        print(f"FAIL: expected {exc_class.__name__}, got {type(e).__name__}: {e}")
        return False
    print(f"FAIL: {exc_class.__name__} not raised")
    return False


def divide(a, b):
    return a / b


def lookup(d, k):
    return d[k]


def find(name):
    raise NotFound(name)


assert_raises(ZeroDivisionError, divide, 1, 0)
assert_raises(KeyError, lookup, {"a": 1}, "b")
assert_raises(LookupError, lookup, {"a": 1}, "zz")
assert_raises(ValueError, divide, 1, 0)
assert_raises(ValueError, divide, 4, 2)
assert_raises(AppError, find, "bob")
assert_raises(NotFound, find, "amy")


def retry(func, exceptions=(ValueError,), tries=3):
    for attempt in range(tries):
        try:
            return func(attempt)
        except exceptions as e:
            print("attempt", attempt, "failed:", repr(e))
    return None


def flaky(n):
    if n < 2:
        raise ValueError(f"not yet {n}")
    return n * 10


print(retry(flaky))
print(retry(lambda n: [1, 2][n + 1], exceptions=(IndexError, KeyError)))

errors = [ValueError, TypeError, KeyError, AppError, NotFound]
for cls in errors:
    try:
        raise cls("boom")
    except AppError as e:
        print("app", type(e).__name__, e, isinstance(e, AppError))
    except Exception as e:
        print("builtin", type(e).__name__, repr(e), e.args)
    print(cls, cls.__name__, issubclass(cls, LookupError), issubclass(cls, AppError))

codes = {404: NotFound, 400: ValueError}
for code in (404, 400):
    try:
        raise codes[code](f"code {code}")
    except (NotFound, ValueError) as e:
        print("caught", type(e).__name__, e)

print(ValueError == ValueError, ValueError is ValueError, ValueError != KeyError)
seen = {ValueError: 0, KeyError: 0}
for c in [ValueError, KeyError, ValueError]:
    seen[c] += 1
print(sorted((k.__name__, v) for k, v in seen.items()))
e = ValueError()
print(repr(e), str(e) == "", e.args)
e2 = errors[0]("x", 2)
print(repr(e2), e2.args)
try:
    raise KeyError("k")
except LookupError as err:
    print(type(err) is KeyError, type(err) == KeyError, type(err) is LookupError)
wrap = HttpError
try:
    raise wrap(500, "oops")
except HttpError as h:
    print(h, h.code)

class ApiError(Exception):
    def __init__(self, status, msg):
        super().__init__(msg)
        self.status = status


class Client:
    retryable = (ApiError, TimeoutError)

    def __init__(self, fail_with):
        self.fail_with = fail_with
        self.calls = 0

    def get(self):
        self.calls += 1
        if self.calls < 3:
            raise self.fail_with
        return "data"

    def fetch(self):
        while True:
            try:
                return self.get()
            except self.retryable as e:
                print("retrying after", repr(e))


print(Client(TimeoutError).fetch())
print(Client(ApiError(503, "unavailable")).fetch())


def expect(exc, thunk):
    try:
        thunk()
    except exc as e:
        return f"{type(e).__name__}: {e}"
    return "no error"


print(expect(AttributeError, lambda: "s".nope()))
print(expect((TypeError, ValueError), lambda: int("q")))
print(expect(ArithmeticError, lambda: 2 ** -1 // 0))

handlers = []
for kind in (ValueError, KeyError):
    handlers.append(lambda k=kind: k.__name__)
print([h() for h in handlers])

def gen(kinds):
    for k in kinds:
        yield k("from gen")

for err in gen([OSError, RuntimeError, NotImplementedError]):
    print(type(err).__name__, err, isinstance(err, RuntimeError))
print(str(ValueError), repr(KeyError), f"{IndexError}")
x = StopIteration
try:
    raise x
except StopIteration as s:
    print("stop", repr(s))



def catching(exc):
    def inner(f):
        try:
            return f()
        except exc as e:
            return "caught " + type(e).__name__
    return inner


print(catching(KeyError)(lambda: {}["k"]), catching((IndexError, KeyError))(lambda: [][0]))


class Parser:
    error_class = ValueError

    def parse(self, s):
        if not s.isdigit():
            raise self.error_class(f"bad: {s}")
        return int(s)


class StrictParser(Parser):
    error_class = KeyError


for p in (Parser(), StrictParser()):
    try:
        p.parse("x1")
    except (ValueError, KeyError) as e:
        print(type(p).__name__, repr(e))


def raises_always(n=1):
    raise ValueError(n)


star = (5,)
try:
    raises_always(*star)
except ValueError as e:
    print("star call:", repr(e))


class DocErr(Exception):
    """Raised when things go wrong."""


class Plain:
    pass


def helper(x):
    """Double x.

    Returns an int.
    """
    return 2 * x


def nodoc():
    return 1


print(DocErr.__doc__, Plain.__doc__, repr(helper.__doc__), nodoc.__doc__)
ERRORS = {"range": IndexError, "key": KeyError}
value_errors = [ValueError, TypeError]
for code, thunk in [("range", lambda: [][0]), ("key", lambda: {}["x"])]:
    try:
        thunk()
    except ERRORS[code] as e:
        print("caught", code, type(e).__name__)
try:
    int("x")
except tuple(value_errors) as e:
    print("tuple()", e)
print(type(3).__name__, type(DocErr("x")).__qualname__)

Retry = TimeoutError


class TimeoutError(Exception):
    pass


try:
    raise TimeoutError("user")
except Retry:
    print("wrong")
except Exception as e:
    print("escaped", type(e).__name__, e)


def attempt(kinds):
    for kind in kinds:
        try:
            raise kind("boom")
        except AppError:
            print("caught")


attempt([AppError, KeyError])
