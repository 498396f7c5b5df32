def floor_of(x):
    from math import floor as math
    return math(x)


def main():
    import sys
    sys = None
    return sys


print(floor_of(2.5), main())
