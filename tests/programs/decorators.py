import functools


def shout(func):
    def wrapper(*args):
        return func(*args).upper() + "!"
    return wrapper


def repeat(n):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return decorate


calls = []


def traced(func):
    def wrapper(*args):
        calls.append(args)
        result = func(*args)
        return result
    return wrapper


@shout
def greet(name):
    return "hello " + name


@repeat(3)
def roll(x):
    return x * 2


@traced
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(greet("ada"), greet("bob"))
print(roll(4))
print(fib(6), len(calls), calls[:3])


@traced
def boom(x):
    return 10 // x


print(boom(2))
boom(0)
