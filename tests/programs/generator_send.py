"""Coroutine-style generators: values sent in with send() become the value of the `yield`
that resumes (None after next() or a for loop), a running average, a parser state machine fed
one token at a time, a coroutine that stops on a sentinel, and CPython's errors."""


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def tokenizer_state_machine():
    """Collects `key=value` pairs sent one character at a time."""
    pairs = {}
    key = ""
    value = ""
    in_value = False
    while True:
        ch = yield len(pairs)
        if ch is None:
            break
        if ch == "=":
            in_value = True
        elif ch == ";":
            pairs[key] = value
            key, value, in_value = "", "", False
        elif in_value:
            value += ch
        else:
            key += ch
    print("parsed", pairs)


def counter(start):
    n = start
    while True:
        step = yield n
        n += 1 if step is None else step


def logger(prefix):
    lines = []
    try:
        while True:
            line = yield
            lines.append(f"{prefix}{line}")
    finally:
        print("\n".join(lines))


avg = running_average()
print(next(avg))
for x in [10, 20, 0, 5.5]:
    print(f"{avg.send(x):.3f}")

machine = tokenizer_state_machine()
next(machine)
for ch in "a=1;bb=22;c=;":
    seen = machine.send(ch)
print("pairs so far:", seen)
try:
    machine.send(None)
except StopIteration:
    print("machine finished")

c = counter(10)
print(next(c), next(c), c.send(100), next(c), c.send(-50))
for v in counter(0):
    if v >= 3:
        break
    print("loop", v)

log = logger("> ")
log.send(None)
log.send("start")
log.send("middle")
next(log)
log.send("end")
log.close()

fresh = running_average()
try:
    fresh.send(1.0)
except TypeError as e:
    print("TypeError:", e)

broken = running_average()
next(broken)
try:
    broken.send(None)
except TypeError as e:
    print("TypeError:", e)
