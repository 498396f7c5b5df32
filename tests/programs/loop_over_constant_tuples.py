"""Loops over tuple displays of constants (`for dx in (-1, 0, 1)`): ints, negative ints,
floats, strs and bools, nested, with `break`, `continue` and `else`, in a generator, with
the loop variable read after the loop, as CPython runs them."""


def neighbours(x, y):
    out = []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx == 0 and dy == 0:
                continue
            out.append((x + dx, y + dy))
    return out


def first_power_above(n):
    for p in (1, 2, 4, 8, 16, 32):
        if p > n:
            break
    else:
        return -1
    return p


def scales():
    for f in (0.5, 1.0, 2.5, -0.0):
        yield f * 2


def greet():
    words = []
    for w in ("hello", "hi", "hey"):
        words.append(w.upper())
    for flag in (True, False):
        words.append(str(flag))
    return " ".join(words)


print(neighbours(0, 0))
print(len(neighbours(5, 5)), sum(a + b for a, b in neighbours(2, 3)))
print([first_power_above(n) for n in (0, 3, 9, 40)])
print(list(scales()))
print(greet())
last = None
for last in (10, 20, 30):
    pass
print(last)
total = 0
for big in (2 ** 40, -(2 ** 40), 7):
    total += big * big
print(total)
counts = {}
for key in ("a", "b", "a", "c", "a"):
    counts[key] = counts.get(key, 0) + 1
print(counts)
d = {}
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
