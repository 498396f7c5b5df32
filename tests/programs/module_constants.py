"""Module-level constants: numbers bound once (also by the `range` enumeration idiom and as
folded expressions), read in hot functions; a name rebound later is not a constant."""

IDLE, RUNNING, BLOCKED, DONE = range(4)
LOW, MID, HIGH = range(10, 40, 10)
MOD = 10**9 + 7
MASK = (1 << 20) - 1
SCALE = 2.5
VERBOSE = False
counter = 0


def step(state):
    if state == IDLE:
        return RUNNING
    elif state == RUNNING:
        return BLOCKED
    elif state == BLOCKED:
        return DONE
    return IDLE


def hash_all(values):
    h = 0
    for v in values:
        h = (h * 31 + v) % MOD
    return h & MASK


def bump():
    global counter
    counter += 1
    return counter


state = IDLE
trace = []
for _ in range(6):
    state = step(state)
    trace.append(state)
print(trace, LOW, MID, HIGH)
print(hash_all(range(1000)), MOD, MASK)
print(SCALE * 4, VERBOSE or "quiet")
print(bump(), bump(), counter)


def late_reader():
    return LATE * 2


try:
    late_reader()
except NameError as e:
    print(e)
LATE = 21
print(late_reader())
A, B = range(3)
