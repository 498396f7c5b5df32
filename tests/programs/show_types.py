# Printing the class of values, as scripts do while exploring data: print(type(x)),
# str(type(x)), f"{type(x)}", for builtin types, classes of the program and library classes.

from collections import Counter, defaultdict
class Point:
    pass
class AppError(Exception):
    pass
vals = [1, "a", 2.5, None, [1], (1,), {"k": 1}, {1}, True, b"x"]
for v in vals:
    print(type(v), str(type(v)), f"{type(v)}!")
print(type(Point()), type(AppError("x")), type(Counter("ab")), type(defaultdict(int)))
try:
    raise KeyError(1)
except Exception as e:
    print(type(e))
print(type(x for x in []))
def f(x):
    print("got", type(x), type(x) == int)
f(3); f("s")
