"""Nested functions that call each other, one of them called before the other is defined (in
CPython a NameError when it runs): a clear error rather than a program that runs anyway."""


def outer(n):
    def ping(k):
        return pong(k - 1) if k > 0 else 0

    result = ping(n)

    def pong(k):
        return ping(k)

    return result


print(outer(3))
