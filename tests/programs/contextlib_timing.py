"""A timing context manager and others made with @contextmanager, used in functions and in
one `with` of several, and a SystemExit leaving through one."""
import time
from contextlib import contextmanager


@contextmanager
def timer(label):
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    print(f"{label}: done ({elapsed >= 0})")


@contextmanager
def indent(level):
    yield "  " * level


@contextmanager
def twice():
    yield 1
    yield 2


def work():
    with timer("work"):
        total = sum(range(1000))
    with indent(2) as pad:
        print(pad + "two")
    with indent(3) as pad:
        print(pad + "three")
    return total


print(work())
with timer("outer"), indent(1) as p:
    print(p + "x")
try:
    with twice() as v:
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def convert():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"converted {e}") from e


try:
    with convert():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def logged(name):
    print("enter", name)
    try:
        yield
    finally:
        print("exit", name)


@logged("job")
def job(x, scale=2):
    print("working on", x)
    return x * scale


print(job(1), job(2, scale=5))


@timer("decorated")
def failing():
    raise ValueError("inside a decorated function")


try:
    failing()
except ValueError as e:
    print("caught:", e)
with timer("end"):
    raise SystemExit(3)
