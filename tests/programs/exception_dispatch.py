# A handler that catches broadly and then dispatches on the exception's class with
# isinstance (user classes and builtin ones), and errors built ahead and raised later from
# a variable that may be None.


class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key


class RetryableError(AppError):
    pass


class BadValue(ValueError):
    pass


def risky(step):
    if step == 0:
        raise ConfigError("port")
    if step == 1:
        raise RetryableError("timeout")
    if step == 2:
        raise BadValue("not a number")
    if step == 3:
        return {"a": 1}["b"]
    if step == 4:
        return 1 // (step - 4)
    return step


def classify(err):
    if isinstance(err, ConfigError):
        return "config"
    if isinstance(err, (RetryableError, TimeoutError)):
        return "retry"
    if isinstance(err, AppError):
        return "app"
    if isinstance(err, LookupError):
        return "lookup"
    if isinstance(err, ArithmeticError):
        return "arith"
    return "other"


for step in range(6):
    try:
        print("ok", risky(step))
    except Exception as e:
        print(step, type(e).__name__, classify(e), isinstance(e, ValueError),
              isinstance(e, Exception), isinstance(e, object))

try:
    risky(0)
except AppError as e:
    print(isinstance(e, ConfigError), isinstance(e, RetryableError), isinstance(e, Exception))

plain = BadValue("x")
print(isinstance(plain, ValueError), isinstance(plain, TypeError), isinstance(plain, BaseException))


def validate(n):
    return BadValue(f"{n} is negative") if n < 0 else None


for n in (5, -2):
    problem = validate(n)
    try:
        if problem is not None:
            raise problem
        print(n, "valid")
    except BadValue as b:
        print("invalid:", b)

pending = None
for attempt in range(3):
    if attempt == 1:
        pending = RetryableError(f"attempt {attempt}")
try:
    raise pending
except AppError as e:
    print("raised later:", repr(e), classify(e))

missing = validate(1)
try:
    raise missing
except TypeError as e:
    print("TypeError:", e)
