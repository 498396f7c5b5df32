"""functools.partial, itertools.groupby and accumulate with a function, next to the other
iterator tools: a small report over sorted log lines."""

import itertools
from functools import partial, reduce


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def power(base, exp):
    return base ** exp


def tag(text, name="b", cls=""):
    attr = f' class="{cls}"' if cls else ""
    return f"<{name}{attr}>{text}</{name}>"


def main():
    print(list(itertools.islice(fib_gen(), 10)))
    evens = (x for x in fib_gen() if x % 2 == 0)
    print([next(evens) for _ in range(5)])
    square = partial(power, exp=2)
    cube_of = partial(power, 3)
    print(square(7), list(map(square, [1, 2, 3])), cube_of(4))
    italic = partial(tag, name="i")
    note = partial(tag, cls="note")
    print(italic("hi"), note("careful"), note("x", name="span"), italic("y", cls="z"))
    lines = sorted(["warn disk", "info boot", "warn cpu", "error net", "info login", "info"])
    for level, group in itertools.groupby(lines, key=lambda s: s.split()[0]):
        items = list(group)
        print(level, len(items), [g.split()[-1] for g in items])
    print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
    print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
    print(list(itertools.accumulate([5, 1, 7, 3], lambda a, b: max(a, b))), list(itertools.accumulate([1, 2, 3])))
    print(reduce(lambda acc, w: acc + len(w), lines, 0))


main()

# `pow` as a value takes its parameters by name, as CPython's does.
square = partial(pow, exp=2)
print(square(7), square(base=3), list(map(partial(pow, 2), [1, 2, 3])))
