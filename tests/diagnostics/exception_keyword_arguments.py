"""A builtin exception made with keyword arguments is not supported (CPython raises TypeError:
`ValueError() takes no keyword arguments`)."""

def check(n):
    err = ValueError("bad value", n, code=3)
    if n < 0:
        raise err
    return n

print(check(3))
