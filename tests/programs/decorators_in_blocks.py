"""Decorated functions defined inside try, if, for and with blocks of a function."""


class Registry:
    def __init__(self):
        self.items = {}

    def register(self, name):
        def deco(fn):
            if name in self.items:
                raise KeyError(name)
            self.items[name] = fn
            return fn

        return deco


reg = Registry()


def timed(label):
    def wrap(fn):
        def inner(*args):
            print("start", label)
            result = fn(*args)
            print("end", label)
            return result

        return inner

    return wrap


def setup(verbose):
    try:

        @reg.register("hello")
        def hello(who):
            return "hello " + who

    except KeyError as e:
        print("already registered", e)
    if verbose:

        @timed("square")
        def square(x):
            return x * x

    else:

        def square(x):
            return x * x

    for i in range(2):

        @timed(f"step{i}")
        def step(n):
            return n + i

        print(step(10))
    return square(7)


print(setup(True))
print(setup(False))
print(reg.items["hello"]("ann"), sorted(reg.items))
