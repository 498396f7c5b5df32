# Ordering tuples: lexicographic by the first items that differ, then by length; the way
# heaps, sorts and min/max of (priority, item) pairs use it.
nan = float("nan")


def show(a, b):
    print(a, b, a < b, a <= b, a > b, a >= b)


show((1, 2), (1, 3))
show((2, "a"), (2, "b"))
show((1.5, 2), (1, 9))
show((1, 2), (1, 2))
show((1, nan), (1, 2.0))
show((True, 2), (1, 1))
show(("b", 1), ("a", 5))
show((1, 2), (1, 2, 0))
show((1, 2, 0), (1, 2))
show((), (0,))
show((2**70, 1), (2**70, 0))
print(sorted([(3, "c"), (1, "z"), (3, "a"), (2, "m")]))
print(min([(2.5, 1), (2.5, 0), (1.0, 9)]), max([("x", 2), ("x", 10)]))
events = [(3.5, "write", 2), (1.0, "read", 7), (3.5, "read", 1), (1.0, "read", 3)]
events.sort()
print(events)
print(sorted(events, reverse=True)[0], (1, "a") < (1, "b") < (2, ""))
print((1, 2) < (1, "x"))
