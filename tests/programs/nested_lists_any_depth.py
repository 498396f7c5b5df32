"""Lists nested to a depth known only at run time, and a list that holds itself: their
items are dynamic values (each a list)."""


def nest(depth):
    out = []
    cur = out
    for _ in range(depth):
        inner = []
        cur.append(inner)
        cur = inner
    return out


def depth_of(xs):
    return 1 + max((depth_of(x) for x in xs), default=0)


def flatten_count(xs):
    return 1 + sum(flatten_count(x) for x in xs)


for d in range(4):
    n = nest(d)
    print(n, depth_of(n), flatten_count(n))

forest = [[], [[]], [[], [[]]]]
print(depth_of(forest), flatten_count(forest), len(forest[2]))

loop = []
loop.append(loop)
print(loop, len(loop))
