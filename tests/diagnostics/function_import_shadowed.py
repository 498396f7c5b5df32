def area(r):
    from math import pow, pi
    return pi * pow(r, 2)


def main(flag):
    if flag:
        import sys
        return len(sys.argv)
    return 0


def root(x):
    from math import sqrt as s
    return s(x)


print(area(1.0), main(True), root(4.0), s(9.0))
