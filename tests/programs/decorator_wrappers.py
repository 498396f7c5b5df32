import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("call", args, kwargs)
        result = func(*args, **kwargs)
        print("result", result)
        return result
    return wrapper


def memo(func):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    return wrapper


@logged
def add(a, b=10):
    return a + b


@memo
def slow_square(n):
    return n * n


@memo
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)


add(1, 2)
add(5)
print(slow_square(12), slow_square(12), ways(60))
