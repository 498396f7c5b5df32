def check(x):
    if x < 0:
        raise NegativeError("negative")
    return x


print(check(3))
