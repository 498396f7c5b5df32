"""Loops that come back through an `except` clause: the values a loop carries around that
way must be known to the compiler like any other, so that products past 2**62 are exact big
integers (and counted references), and the analysis still ends."""


def scaled(n):
    out = []
    for c in range(3):
        out.append(c * n)
        try:
            raise KeyError(c)
        except KeyError:
            pass
    return out


def counted(n):
    c = 0
    while c < 2:
        c += 1
        try:
            raise KeyError(1)
        except KeyError:
            pass
    return c * n


def until_value_error():
    c = 0
    while True:
        c += 1
        try:
            if c > 5:
                raise ValueError(c)
            raise KeyError(1)
        except KeyError:
            pass
        except ValueError:
            return c * 2 ** 60


def parse_all(words, scale):
    total = 0
    bad = 0
    for w in words:
        try:
            total += int(w) * scale
        except ValueError:
            bad += 1
            total += bad * scale
    return total, bad


def accumulate(n):
    s = 0
    for _ in [1, 2, 3]:
        s += n
        try:
            raise KeyError(1)
        except KeyError:
            pass
    return s


print(scaled(2 ** 61))
print(scaled(2 ** 62))
print(counted(2 ** 61))
print(until_value_error())
print(parse_all(["3", "x", "5", "y", "7"], 2 ** 61))
print(accumulate(2 ** 62))
