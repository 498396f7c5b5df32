"""contextlib: generator-based context managers (functions and methods, exceptions thrown into
them, handled, converted, re-raised), suppress, nullcontext and closing."""
from contextlib import contextmanager, suppress
import contextlib


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


@contextlib.contextmanager
def guarded(label, swallow=False):
    print("enter", label)
    try:
        yield [label]
    except ValueError as e:
        print("handled", e)
        if not swallow:
            raise
    finally:
        print("exit", label)


class Db:
    def __init__(self):
        self.log = []

    @contextmanager
    def transaction(self, name):
        self.log.append("begin " + name)
        try:
            yield self
        except KeyError:
            self.log.append("rollback " + name)
        else:
            self.log.append("commit " + name)


with tag("b") as t:
    print("inside", t)
    with tag("i"):
        print("nested")

with guarded("g1", swallow=True) as items:
    items.append(1)
    raise ValueError("bad value")
print("after g1")

try:
    with guarded("g2"):
        raise ValueError("again")
except ValueError as e:
    print("propagated", e)

try:
    with guarded("g3"):
        raise TypeError("other")
except TypeError as e:
    print("passed through", e)

db = Db()
with db.transaction("t1") as d:
    d.log.append("work")
with db.transaction("t2"):
    raise KeyError("missing")
print(db.log)

with contextlib.nullcontext(5) as n:
    print("null", n)


class Res:
    def close(self):
        print("closed")


with contextlib.closing(Res()) as r:
    print("using", type(r).__name__)


@contextmanager
def broken():
    if False:
        yield 1
    return


try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
def parse_all(texts):
    out = []
    for t in texts:
        with suppress(ValueError):
            out.append(int(t))
    return out


print(parse_all(["1", "x", "3"]))
d = {"a": 1}
with suppress(KeyError, IndexError) as nothing:
    print(nothing)
    print(d["b"])
print("after")
with contextlib.suppress(ZeroDivisionError), contextlib.nullcontext("n") as n:
    print(n)
    print(1 / 0)


@contextmanager
def noisy(name):
    print("enter", name)
    yield
    print("exit", name)


with noisy("a"), suppress(LookupError), noisy("b"):
    [][0]
print("done")
with suppress() as nothing_suppressed:
    print("suppress() suppresses nothing:", nothing_suppressed)

CONF = {"mode": "prod", "level": 1}


@contextmanager
def override(**changes):
    saved = dict(CONF)
    CONF.update(changes)
    try:
        yield CONF
    finally:
        CONF.clear()
        CONF.update(saved)


with override(mode="test") as conf:
    print("overridden:", conf)
try:
    with override(level=5, mode="debug"):
        print("during:", CONF)
        raise KeyError("inside override")
except KeyError as e:
    print("restored after", e, CONF)
with suppress(KeyError):
    raise ValueError("not suppressed")
