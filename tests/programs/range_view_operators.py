# Ranges and dict views have no + or *: CPython's TypeErrors, not list concatenation.
d = {"a": 1, "b": 2}
for f in [lambda: range(2) + ["a"], lambda: [1] + range(2), lambda: range(2) * 2, lambda: 2 * range(2), lambda: d.keys() + ["c"], lambda: d.values() + [3], lambda: "a" ** 2]:
    try:
        print(f())
    except TypeError as e:
        print(e)
xs = [1]
try:
    xs += 5
except TypeError as e:
    print(e)
print(sorted(d.keys() | {"z"}), range(3)[1], list(range(2)) + [5])
