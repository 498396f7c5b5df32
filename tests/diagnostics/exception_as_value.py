"""A builtin exception made outside `raise` (kept in a variable) is not supported yet."""

def check(n):
    err = ValueError(f"bad value: {n}")
    if n < 0:
        raise err
    return n

print(check(3))
