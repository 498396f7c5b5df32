"""Generators left suspended are closed when the last reference goes: their `finally`
clauses and `except GeneratorExit` handlers run at that moment, as in CPython."""


def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  cleanup", n)


def guarded():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  closing guarded")
        raise


def quiet():
    try:
        yield "a"
    except GeneratorExit:
        print("  quiet swallows GeneratorExit")


def nested(tag):
    try:
        try:
            yield tag + "-1"
            yield tag + "-2"
        finally:
            print("  inner finally", tag)
    finally:
        print("  outer finally", tag)


def no_try():
    yield 1
    yield 2


def delegating():
    try:
        yield from numbers(3)
    finally:
        print("  delegating finally")


def wrapped():
    try:
        for x in numbers(2):
            yield x * 10
    finally:
        print("  wrapped finally")


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        try:
            while n > 0:
                yield n
                n -= 1
        finally:
            print("  countdown done at", n)


def first(gen_fn, arg):
    for x in gen_fn(arg):
        return x
    return None


def take(n):
    g = numbers(10)
    out = []
    for x in g:
        out.append(x)
        if len(out) == n:
            break
    print("  loop over, generator still held")
    return out


def reassigned():
    g = guarded()
    first_value = next(g)
    g = guarded()
    print("  reassigned")
    return first_value + next(g)


def finished():
    total = 0
    for v in numbers(4):
        total += v
    return total


print("break:")
for x in numbers(5):
    if x == 2:
        break
print("after break")
print("return:", first(numbers, 3))
print("nested:", first(nested, "n"))
print("quiet:", first(lambda _: quiet(), 0))
print("take:", take(3))
print("reassigned:", reassigned())
print("no try:", first(lambda _: no_try(), 0))
print("delegating:", first(lambda _: delegating(), 0))
print("wrapped:", first(lambda _: wrapped(), 0))
for n in Countdown(5):
    if n == 3:
        break
print("after countdown")
print("finished:", finished())


def broken():
    try:
        yield 1
    finally:
        raise ValueError("raised while closing")


def use_broken():
    b = broken()
    return next(b)


print("broken:", use_broken())
print("the program goes on")


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("  close", name)


def returns_from_loop():
    """`return` leaves the loop: its generator is closed before the `finally` around it."""
    try:
        for v in gen("returned"):
            return v
    finally:
        print("  returns_from_loop finally")


class Tree:
    def __init__(self, label, children):
        self.label = label
        self.children = children

    def __iter__(self):
        try:
            yield self.label
            for child in self.children:
                for x in child:
                    yield x
        finally:
            print("  done", self.label)


def stubborn():
    """Yields again while being closed: CPython reports it and drops the value."""
    try:
        yield "first"
    finally:
        yield "again"


print("returned:", returns_from_loop())
try:
    for label in Tree(1, [Tree(2, [Tree(3, [])])]):
        if label == 3:
            raise ValueError(label)
except ValueError as e:
    print("handler after the walk closed:", e)
for word in stubborn():
    break
print("after stubborn")
