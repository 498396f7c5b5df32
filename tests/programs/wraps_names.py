"""functools.wraps gives the wrapper the wrapped function's __name__."""
import functools
from functools import wraps
def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def add(a, b): return a + b
print(add.__name__, add(2, 3))
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@logged
def greet(name, punct="!"):
    return "hi " + name + punct
print(greet("ann"), greet.__name__)
def plain(x): return x
print(plain.__name__, (lambda: 0).__name__, [f.__name__ for f in (add, plain)])
