"""Builtins passed as values keep their names (`fn.__name__`)."""
def call(fn, x):
    print(fn.__name__)
    return fn(x)
print(call(int, "5"), call(str, 3), call(len, "ab"), call(abs, -2), call(max, [3, 9]))
ops = [abs, round, float]
print([f.__name__ for f in ops])
print(sorted(["b", "A", "c"], key=str.lower), list(map(len, ["ab", "c"])))
