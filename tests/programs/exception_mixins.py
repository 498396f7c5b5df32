"""Exception classes mixing the program's hierarchy with a builtin exception
(`class NotFound(AppError, KeyError)`), next() taken as a value, iter() of a generator
that is then sent values, pow(a, b, m) of values known only at run time."""
from functools import partial


class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code


class NotFound(AppError, KeyError):
    pass


class BadInput(AppError, ValueError):
    def __str__(self):
        return f"bad input ({self.code})"


def lookup(d, k):
    if k not in d:
        raise NotFound(k, 404)
    return d[k]


for k in ["a", "zz"]:
    try:
        print(lookup({"a": 1}, k))
    except KeyError as e:
        print("KeyError:", e, type(e).__name__, isinstance(e, AppError), e.code)
try:
    raise BadInput("x", 7)
except ValueError as e:
    print("ValueError:", e, isinstance(e, LookupError))
try:
    lookup({}, "q")
except AppError as e:
    print("AppError:", e, e.args)
try:
    lookup({}, "q")
except LookupError as e:
    print("LookupError:", repr(e))

it = iter([3, 4, 5])
take = partial(next, it)
print(take(), take(), list(map(next, [iter("ab"), iter("cd")])), next(it, None), next(it, None))


def counter():
    total = 0
    while True:
        x = yield total
        total += x


g = iter(counter())
next(g)
print(g.send(5), g.send(10))


def mersenne_check(n):
    return pow(3, n - 1, n)


for p in [5, 7, 13, 11]:
    print(p, mersenne_check(2 ** p - 1))
# Class attributes of exceptions caught by a builtin base, and isinstance of a value typed
# as the program's base class against a builtin exception a subclass mixes in.
class HttpError(Exception):
    code = 500
    level = "error"
class Missing(HttpError, KeyError):
    code = 404
class Conflict(HttpError):
    def __init__(self, msg):
        super().__init__(msg)
        self.code = 409
class Fatal(HttpError):
    level = "fatal"
for exc in [Missing("x"), Conflict("y"), Fatal("z"), HttpError("w")]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, e.code, isinstance(e, KeyError))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit", e.code)

errs = [BadInput("a"), AppError("b")]
print([isinstance(x, ValueError) for x in errs], [isinstance(x, KeyError) for x in errs])
try:
    raise BadInput("e", 2)
except AppError as y:
    print(isinstance(y, ValueError), isinstance(y, LookupError))

raise NotFound("missing")
