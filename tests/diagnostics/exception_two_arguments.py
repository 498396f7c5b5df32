"""A builtin exception made with more than one argument is not supported yet."""

def check(n):
    err = ValueError("bad value", n)
    if n < 0:
        raise err
    return n

print(check(3))
