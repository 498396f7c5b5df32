# Variables a nested function rebinds (`nonlocal`) with a value of another type, sets built
# from lists inside mixed lists, and the truth of empty values of run-time type.


def outer():
    status = 0

    def fail():
        nonlocal status
        status = "failed"

    fail()
    return status


def running_total():
    total = 0

    def add(x):
        nonlocal total
        total = total + x
        return total

    add(1)
    add(2.5)
    return total


def make_counter():
    count = 0

    def step(d):
        nonlocal count
        count += d
        return count

    return step


print(outer(), running_total())
step = make_counter()
print(step(1), step(0.5), step(2))

mixed = [set([1, 2]), 1, frozenset([1.5]), set(range(3)) | {9}]
print(mixed, len(mixed))
table = {"a": frozenset([1]), "b": 1}
print(table)

for v in [1, 0, b"", b"x", range(0), range(2), "", "s", [], [0], {}, (), None, 0.0]:
    print(repr(v), bool(v), "yes" if v else "no", not v)
def mk():
    cache = None
    def load():
        nonlocal cache
        cache = [1, 2, 3]
    load()
    if cache is not None:
        print(len(cache))
    return cache
print(mk())
def a1():
    v = 0
    def f():
        nonlocal v
        v = [v, v]
    f()
    return v
print(a1())
def a2():
    v = "s"
    def f():
        nonlocal v
        v = (1, 2)
    f()
    return v, type(v).__name__
print(a2())
def a3():
    cache = None
    def get():
        nonlocal cache
        if cache is None:
            cache = {"a": 1}
        return cache
    get()
    return cache
print(a3())


seen = {}
print(seen.get("k") is None, seen.get("k", 0) + 1)


def lookup(table, key):
    v = table.get(key)
    return "none" if v is None else v


print(lookup({}, "a"))


def outer_lambda():
    x = 1
    g = lambda: x
    first = g()
    x = "s"
    return first, g()


print(outer_lambda())
