"""Generators still suspended when the program ends run their `finally` then, reading
globals defined before and after them, which must still hold their values."""
log = []
counter = [5]


def producer(tag):
    try:
        yield 1
        yield 2
    finally:
        log.append(tag)
        print("fin", tag, counter[0], len(log), late["k"])


late = {"k": "late"}
g = producer("a")
next(g)
gens = [producer("b")]
next(gens[0])
print("end")
