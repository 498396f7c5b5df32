"""Class-based decorators and hand-written wrappers that copy the wrapped function's name
with functools.update_wrapper (as @functools.wraps does for functions)."""
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.num_calls = 0

    def __call__(self, *args):
        self.num_calls += 1
        return self.func(*args)


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        functools.update_wrapper(self, func)

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@CountCalls
def greet(name):
    return f"hello {name}"


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def logged(func):
    def wrapper(*args):
        result = func(*args)
        print(f"  {wrapper.__name__}{args} -> {result}")
        return result

    return functools.update_wrapper(wrapper, func)


@logged
def area(w, h):
    return w * h


print(greet("ann"), greet("bob"), greet.num_calls, greet.__name__)
print(fib(80), len(fib.cache), fib.__name__)
print(area(3, 4), area.__name__)


def renamed():
    return 1


renamed.__name__ = "other_name"
print(renamed.__name__, repr(renamed).split(" ")[1])
try:
    renamed.__name__ = 42
except TypeError as e:
    print("TypeError:", e)
