# Decorators the program defines, on methods: a logging wrapper, a retry factory, a timing
# counter kept in the decorator's closure, stacked decorators.
import functools

calls = []


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


def retry(times):
    def deco(fn):
        def wrapper(*args):
            last = None
            for attempt in range(times):
                try:
                    return fn(*args)
                except ConnectionError as e:
                    last = e
                    print(f"  attempt {attempt + 1} failed: {e}")
            raise last

        return wrapper

    return deco


def counted(fn):
    count = 0

    def wrapper(*args):
        nonlocal count
        count += 1
        print(f"  {fn.__name__} call #{count}")
        return fn(*args)

    return wrapper


class Client:
    def __init__(self, name, failures):
        self.name = name
        self.failures = failures

    @logged
    def describe(self, verbose=False):
        return f"{self.name} ({self.failures} failures left)" if verbose else self.name

    @retry(3)
    def fetch(self, path):
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionError(f"{self.name}: timeout on {path}")
        return f"{self.name}{path}: 200"

    @logged
    @counted
    def ping(self):
        return "pong"


c = Client("api", 2)
print(c.describe(), c.describe(True), c.describe(verbose=True))
print(c.fetch("/users"))
print(c.ping(), c.ping())
print(calls)
try:
    Client("flaky", 5).fetch("/x")
except ConnectionError as e:
    print("gave up:", e)
