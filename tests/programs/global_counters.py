"""Module-level state updated through the global statement."""

counter = 0
total = 0.0
log = ""
HIGH_WATER = 3


def tick():
    global counter
    counter += 1


def add(amount):
    global total, log
    total += amount
    if log != "":
        log = log + ","
    log = log + str(amount)


def reset():
    global counter, total, log
    counter = 0
    total = 0.0
    log = ""


def over_limit():
    return counter > HIGH_WATER


def next_id():
    global counter
    counter = counter + 1
    return counter


def main():
    for _ in range(5):
        tick()
    print("counter:", counter, "over limit:", over_limit())
    add(1.5)
    add(2.25)
    add(0.25)
    print("total:", total, "log:", log)
    reset()
    print("after reset:", counter, total, "[" + log + "]", over_limit())
    print(next_id(), next_id(), next_id())
    tick()
    print("counter:", counter)


print("at import time:", counter, total, HIGH_WATER)
main()
print("at exit:", counter, total, log)
