"""An error report that walks exception chains: `__cause__` and `__context__` followed until
None, causes attached by hand before raising, the `as` name gone after its clause, and a
snapshot dict that may be None."""


class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("port", "not a number") from e


def load(settings):
    try:
        return parse_port(settings["port"])
    except KeyError:
        raise AppError("no port configured")


def chain(err):
    names = []
    c = err
    while c is not None:
        names.append(type(c).__name__)
        c = c.__cause__ if c.__cause__ is not None else c.__context__
    return " <- ".join(names)


for settings in [{"port": "80"}, {"port": "eighty"}, {}]:
    try:
        print("port", load(settings))
    except AppError as err:
        print("error:", err, "|", chain(err), "|", err.__suppress_context__)


def wrapped(reason):
    err = ConfigError("mode", reason)
    err.__cause__ = KeyError("mode")
    return err


try:
    raise wrapped("missing")
except ConfigError as e:
    print("cause:", repr(e.__cause__), e.__suppress_context__, e.key)


def attach(reason):
    err = AppError(reason)
    err.__cause__ = ValueError("bad " + reason)
    raise err


try:
    attach("input")
except AppError as e:
    print("attached:", repr(e.__cause__))

plain = AppError("plain")
try:
    raise plain
except AppError as e:
    print("no cause:", e.__cause__, e.__context__)

# `except ... as name` unbinds the name when the clause ends.
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("handled", e)
try:
    print(e)
except NameError as problem:
    print("NameError:", problem)


def last_error(values):
    err = "none yet"
    for v in values:
        try:
            int(v)
        except ValueError as err:
            print("skip", v)
            continue
    try:
        return err
    except UnboundLocalError as problem:
        return "unbound: " + str(problem)


print(last_error(["1", "2"]))
print(last_error(["1", "x", "3"]))


class Transaction:
    def __init__(self, stock):
        self.stock = stock
        self.snapshot = None

    def begin(self):
        self.snapshot = dict(self.stock)

    def rollback(self):
        restored = dict(self.snapshot)
        self.snapshot = None
        self.stock = restored


t = Transaction({"apples": 3})
t.begin()
t.stock["apples"] -= 2
t.stock["pears"] = 1
t.rollback()
print(t.stock, t.snapshot)
try:
    t.rollback()
except TypeError as problem:
    print("TypeError:", problem)

link = AppError("x").__context__
try:
    print(link.__cause__)
except AttributeError as problem:
    print("AttributeError:", problem)
