"""Generators whose variables may be unassigned when read (an int, a str, a list or an
object assigned on one path only raises UnboundLocalError), whose parameter becomes a value of
run-time type, and whose `yield from` source is one (its return value still arrives)."""


class Token:
    def __init__(self, text):
        self.text = text


def labels(flag):
    if flag:
        label = "ready"
    yield 1
    yield label.upper()


def collect(items, keep):
    for item in items:
        if item > keep:
            bucket = [item]
        yield len(bucket)


def tokens(words):
    for w in words:
        if w.isalpha():
            tok = Token(w)
        yield tok.text


def scores(values):
    for v in values:
        if v >= 0:
            best = v * 2
        yield best + 1


def last_index(items):
    for i in range(len(items)):
        pass
    yield 0
    yield i


def swap_after_yield(n):
    total = 0
    for k in range(n):
        yield total
        total = carry
        carry = k + 10
    yield total


def first_of(source):
    for x in source:
        yield x
    return "exhausted"


def relay(a):
    for i in range(2):
        if i:
            a = x
        x = yield from first_of([i, 10 * i])
    yield a


def mixed(a, b):
    c = a - b
    d = a * b
    e = 2
    b = e + b
    e = c * a
    a = d - 1
    x = yield from first_of([a, b])
    c = x
    for i in range(3):
        d = b + i
    yield c


def drain(gen):
    out = []
    try:
        for v in gen:
            out.append(v)
    except UnboundLocalError as e:
        out.append(f"UnboundLocalError: {e}")
    return out


print(drain(labels(True)))
print(drain(labels(False)))
print(drain(collect([5, 1, 7], 3)))
print(drain(collect([1, 5], 3)))
print(drain(tokens(["alpha", "beta"])))
print(drain(tokens(["42", "x"])))
print(drain(scores([3, 4])))
print(drain(scores([-1, 4])))
print(drain(last_index("abc")))
print(drain(last_index("")))
print(drain(swap_after_yield(1)))
print(drain(swap_after_yield(3)))
print(list(relay(50)))
print(list(mixed(-5, 4)))
