"""Composing functions by folding lambdas: each new lambda captures the previous one, so its
closure would contain closures of itself; a clear error, not a hang."""

from functools import reduce


def compose(*fs):
    return reduce(lambda f, g: lambda x: g(f(x)), fs)


print(compose(lambda x: x + 1, lambda x: x * 2)(5))
