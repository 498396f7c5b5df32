# divmod() of ints and floats, with CPython's ZeroDivisionError messages for each.


def split(a, b):
    try:
        q, r = divmod(a, b)
        return f"{q} r {r}"
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"


for a, b in [(7, 2), (-7, 2), (7, -2), (5, 0)]:
    print(a, b, split(a, b))
for a, b in [(7.5, 2.0), (-7.5, 2.0), (1e300, 1e-300), (1.0, 0.0), (0.0, -0.0)]:
    print(a, b, split(a, b))
print(split(7, 2.5), split(1, 0.0), split(2.5, 0), split(-3, 0.5))
for a, b in [(7, 2.5), (1, 0.0), (2.5, 0), (-3, 0.5), (9, 4), (True, 2.0)]:
    print(a, b, split(a, b))
