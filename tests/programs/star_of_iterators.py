"""A call spreading an iterator (`f(*map(int, parts))`, a generator expression, `filter`,
`reversed`): its items in a list first, with CPython's TypeError for too many."""
from collections import namedtuple
P = namedtuple("P", "x y")
def f(a, b):
    return a + b
print(f(*map(int, "3,4".split(","))))
print(P(*map(int, "5,6".split(","))), P(*(int(v) * 2 for v in ["1", "2"])))
print(f(*reversed(["a", "b"])), f(*filter(None, [0, 1, 2])))
try:
    f(*map(int, "1,2,3".split(",")))
except TypeError as e:
    print(e)
