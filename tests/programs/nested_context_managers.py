from contextlib import contextmanager
import contextlib


def run():
    @contextmanager
    def scope():
        print("enter")
        yield
        print("exit")

    with scope():
        print("body")


def make_timer(label):
    log = []

    @contextlib.contextmanager
    def timed(step):
        log.append(f"start {label}:{step}")
        try:
            yield len(log)
        except ValueError as e:
            log.append(f"failed {step}: {e}")
        finally:
            log.append(f"end {label}:{step}")

    return timed, log


class Service:
    def __init__(self, name):
        self.name = name

    def session(self):
        @contextmanager
        def opened():
            print("open", self.name)
            yield self.name.upper()
            print("close", self.name)

        return opened()


run()
timed, log = make_timer("job")
with timed("a") as n:
    print("inside", n)
with timed("b"):
    raise ValueError("bad input")
print(log)
with Service("db").session() as s:
    print("using", s)
if True:
    @contextmanager
    def tag(name):
        print(f"<{name}>")
        yield
        print(f"</{name}>")
    with tag("p"):
        print("text")
