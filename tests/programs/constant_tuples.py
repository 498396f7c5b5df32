"""Tuples of constants inside loops (direction tables, small choice lists), which CPython
takes from the code object's constants: natrix builds them once per call. Nested tuples,
tuples of strs and floats, a variable bound to a constant tuple in a loop (still unbound
before its first assignment), and a generator that loops over one."""


def neighbours(cells):
    out = []
    for x, y in cells:
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            out.append((x + dx, y + dy))
        for d in (-1, 1):
            out.append((x + d, y + d))
    return out


def labels(n):
    names = []
    for i in range(n):
        for unit, scale in (("k", 1000.0), ("M", 1e6), ("", 1.0)):
            if i * 700 >= scale:
                names.append(f"{i * 700 / scale:.1f}{unit}")
                break
    return names


def moves():
    for step in range(3):
        for m in ("up", "down", ("left", "right")):
            yield step, m


def late_binding(rounds):
    seen = []
    for i in range(rounds):
        if i > 0:
            seen.append(pair)
        pair = (1, "one")
    return seen


def unbound_first():
    for i in range(2):
        if i == 0:
            try:
                print(pair)
            except UnboundLocalError as e:
                print("UnboundLocalError:", e)
        pair = (2, "two")
    return pair


def main():
    print(neighbours([(0, 0), (5, -5)]))
    print(labels(6))
    print(list(moves()))
    print(late_binding(3))
    print(unbound_first())
    total = 0
    for _ in range(1000):
        for a, (b, c) in ((1, (2, 3)), (4, (5, 6))):
            total += a * b - c
    print(total)


main()
