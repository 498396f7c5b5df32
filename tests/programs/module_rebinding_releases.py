"""A script that rebinds module-level names: the old value is released at the rebinding (a
suspended generator's `finally` runs there, as in CPython), whatever the types."""


def producer(n):
    try:
        yield n
        yield n + 1
    finally:
        print("finally", n)


class Holder:
    def __init__(self, n):
        self.gen = producer(n)
        self.first = next(self.gen)


g = producer(1)
print(next(g))
g = producer(2)
print(next(g))
h = Holder(10)
print("holder", h.first)
h = Holder(20)
print("holder", h.first)
items = [producer(30), producer(40)]
print(next(items[0]), next(items[1]))
items = "replaced"
print(items)
data = [0] * 1000
data = [len(data)] * 3
print(data)
for i in range(2):
    h = Holder(100 + i)
print("end", h.first)
