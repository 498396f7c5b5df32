"""Indexing a function's *args behind a test of its length (a call passing none never runs
the index), and constant indexes past the end of a tuple, which raise IndexError when run."""


def first(*args):
    if not args:
        return -1
    return args[0]


def dims_of(*dims):
    return dims[0] if dims else 0


def pick(*a):
    return a[-1]


print(first(5), first(), first("x", "y"))
print(dims_of(), dims_of(3, 4))
try:
    pick()
except IndexError as e:
    print("IndexError:", e)
t = (1, 2)
try:
    print(t[2])
except IndexError as e:
    print("IndexError:", e)
print(pick(1, 2, 3))
print(t[5])
