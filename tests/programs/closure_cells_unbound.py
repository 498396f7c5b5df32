"""Variables shared with nested functions (cells): reading one before it is assigned is an
UnboundLocalError in the function that owns it and a NameError in the nested function; a
captured parameter the function rebinds to a value of another type."""


def outer(flag):
    if flag:
        x = 1

    def get():
        return x

    results = []
    for reader in (get, lambda: x):
        try:
            results.append(reader())
        except NameError as e:
            results.append(f"{type(e).__name__}: {e}")
    try:
        results.append(x + 1)
    except NameError as e:
        results.append(f"{type(e).__name__}: {e}")
    return results


def rebinding(a, b):
    def show():
        return (a, b)

    first = show()
    a = "s" * b
    return first, show()


def counter(start):
    def peek():
        return start

    seen = [peek()]
    start = [start, start]
    seen.append(peek())
    yield seen
    start = None
    yield peek()


def owner_generator(flag):
    if flag:
        total = 10

    def add(k):
        return total + k

    yield add(1)
    yield total


def drain(gen):
    out = []
    try:
        for v in gen:
            out.append(v)
    except NameError as e:
        out.append(f"{type(e).__name__}: {e}")
    return out


print(outer(True))
print(outer(False))
print(rebinding(3, 2))
print(list(counter(7)))
print(drain(owner_generator(True)))
print(drain(owner_generator(False)))
