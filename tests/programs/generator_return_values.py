"""A generator's `return value`: the StopIteration `next()` raises carries it (`e.value`,
`e.args`), and `x = yield from gen` gives it to the delegating generator."""


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def averager(values):
    total = 0.0
    count = 0
    for v in values:
        total += v
        count += 1
        yield total / count
    if count == 0:
        return None
    return total / count


def report(groups):
    for name, values in groups:
        mean = yield from averager(values)
        yield f"{name}: {mean}"
    rest = yield from [100, 200]
    yield f"list gives {rest}"


it = countdown(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as stop:
    print("stopped:", stop.value, stop.args, repr(stop))
try:
    next(it)
except StopIteration as stop:
    print("again:", stop.value, stop.args)
print(next(countdown(0), "default"))
for line in report([("a", [1, 2, 3]), ("empty", []), ("b", [10])]):
    print(line)


def pipeline():
    first = yield from countdown(3)
    second = yield from countdown(1)
    return first + " & " + second


p = pipeline()
out = []
while True:
    try:
        out.append(next(p))
    except StopIteration as e:
        print(out, e.value)
        break
