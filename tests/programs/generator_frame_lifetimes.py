"""A generator's variables live as long as its frame, as in CPython: a generator held in one
is closed (its `finally` run) when the holder finishes, is closed, or raises, not at the
`yield` after its last use. Pipelines of generators shut down from the outside in."""


class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        self.open = False
        print(f"  {self.name} closed")


def lines(res, n):
    try:
        for i in range(n):
            yield f"{res.name}:{i}"
    finally:
        res.close()


def numbered(source):
    try:
        for k, line in enumerate(source, 1):
            yield f"{k} {line}"
    finally:
        print("  numbered done")


def first_then_rest(res):
    it = lines(res, 3)
    head = next(it)
    yield "head " + head
    yield "no more reads of it"
    yield "still open? " + str(res.open)


def outer_with_finally(res):
    feed = lines(res, 5)
    try:
        for x in feed:
            yield x
    finally:
        print("  outer finally sees open =", res.open)


print("-- held but unused after the first yield")
for v in first_then_rest(Resource("a")):
    print(v)
print("after loop")

print("-- closed from outside")
r = Resource("b")
closing = outer_with_finally(r)
print(next(closing))
closing.close()
print("after close, open =", r.open)

print("-- dropped from outside")
r = Resource("c")
dropped = outer_with_finally(r)
print(next(dropped), next(dropped))
del dropped
print("after del, open =", r.open)

print("-- pipeline torn down outside in")
p = numbered(lines(Resource("d"), 10))
print(next(p))
p.close()

print("-- exhausted while still referenced")
g = first_then_rest(Resource("e"))
print(list(g))
print("g still referenced")


print("end")


def delegate(res):
    try:
        yield from lines(res, 4)
    finally:
        print("  delegate done")


print("-- closing a generator suspended in yield from")
d = delegate(Resource("h"))
print(next(d))
d.close()
print("after close")

print("-- generators of several kinds in one variable")
pick = lines(Resource("i"), 2)
print(next(pick), next(pick, "none"), next(pick, "none"))
pick = first_then_rest(Resource("j"))
print(next(pick))
pick.close()
print(next(pick, "finished"))
