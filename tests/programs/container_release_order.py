"""The order in which containers release what they hold, shown by generators whose `finally`
runs when they are freed: tuples, lists, `clear()`, slice deletion and slice assignment."""


def worker(tag):
    try:
        yield tag
    finally:
        print("closed", tag)


def started(tag):
    g = worker(tag)
    next(g)
    return g


def tuple_of_workers():
    t = (started("t1"), started("t2"), started("t3"))
    print("tuple of", len(t))


def list_of_workers():
    xs = [started("l1"), started("l2"), started("l3")]
    print("list of", len(xs))
    return len(xs)


def cleared():
    xs = [started("c1"), started("c2"), started("c3")]
    xs.clear()
    print("cleared", len(xs))


def sliced():
    xs = [started("s" + str(i)) for i in range(6)]
    del xs[1:3]
    print("after del [1:3]:", len(xs))
    del xs[::2]
    print("after del [::2]:", len(xs))
    xs[0:1] = []
    print("after [0:1] = []:", len(xs))


def replaced():
    xs = [started("r" + str(i)) for i in range(5)]
    xs[1:4] = [started("new")]
    print("after [1:4] = [new]:", len(xs))
    xs[::-1] = [started("a"), started("b"), started("c")]
    print("after [::-1] = [a, b, c]:", len(xs))


tuple_of_workers()
n = list_of_workers()
cleared()
sliced()
replaced()
print("done", n)
