"""__cause__, __context__ and __suppress_context__ of caught exceptions, builtin and user."""


class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e


def load_quietly(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("bad number") from None


def load_implicitly(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("while parsing")


for f in (load, load_quietly, load_implicitly):
    try:
        f("x1")
    except ConfigError as e:
        print(f.__name__, e.__suppress_context__, repr(e.__cause__), repr(e.__context__))

try:
    {}["k"]
except KeyError as e:
    print(e.__suppress_context__, e.__cause__, e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as e:
    print(e.__suppress_context__, repr(e.__cause__))
