# A configuration loader that wraps low-level errors in its own, the way real code does:
# `raise ... from e`, implicit chaining inside handlers, `from None`, bare `raise` and cleanup.


class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key


class ValidationError(ConfigError):
    pass


RAW = {
    "port": "8080",
    "workers": "four",
    "timeout": "2.5",
    "retries": "-1",
}

log = []


def parse_int(key):
    text = RAW[key]
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(key, "not an integer") from e


def positive(key):
    n = parse_int(key)
    if n < 0:
        raise ValidationError(key, f"must be positive, got {n}")
    return n


def lookup(key):
    try:
        return RAW[key]
    except KeyError:
        raise ConfigError(key, "missing") from None


def load(keys):
    values = {}
    for key in keys:
        try:
            values[key] = positive(key)
        except ValidationError as e:
            log.append(f"invalid {e.key}")
            values[key] = 0
        except ConfigError as e:
            cause = e.__cause__
            log.append(f"{e} (cause: {type(cause).__name__ if cause else None})")
        finally:
            log.append(f"checked {key}")
    return values


print(load(["port", "workers", "retries"]))
for line in log:
    print(line)

try:
    lookup("host")
except ConfigError as e:
    print("lookup:", e, "| cause:", e.__cause__, "| context shown:", e.__cause__ is not None)


def cleanup_fails():
    try:
        return [1, 2, 3][7]
    except IndexError:
        # A bug in the handler: the new error is chained to the one being handled.
        return {"a": 1}["b"]


try:
    cleanup_fails()
except KeyError as e:
    ctx = e.__context__
    print("KeyError", e, "while handling", type(ctx).__name__, ctx)


def retry(n):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < n:
                raise TimeoutError(f"attempt {attempts}")
            return attempts
        except TimeoutError as e:
            print("retrying after", e)
            if attempts >= 5:
                raise


print("succeeded after", retry(3), "attempts")
try:
    retry(10)
except TimeoutError as e:
    print("gave up:", e, repr(e.__context__))


def reraise_same():
    try:
        float("abc")
    except ValueError as e:
        err = e
    try:
        raise err
    except ValueError as again:
        print("same object:", again is err)


reraise_same()


def startup():
    try:
        parse_int("workers")
    except ConfigError as e:
        try:
            open_socket = positive("retries")
        finally:
            print("startup cleanup")


startup()
