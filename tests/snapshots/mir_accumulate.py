def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def steps(a, b):
    if a <= 0:
        return b
    return 1 + steps(b - 1, a)


print(fib(10), steps(5, 3))
