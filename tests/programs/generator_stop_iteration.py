"""PEP 479: a StopIteration that escapes a generator's body becomes RuntimeError; one caught
inside the generator is fine."""


def first_items(rows):
    for row in rows:
        yield next(iter(row))


def pairs(items):
    it = iter(items)
    while True:
        try:
            a = next(it)
        except StopIteration:
            return
        b = next(it, None)
        yield a, b


def chunks(stream, size):
    it = iter(stream)
    while True:
        chunk = []
        for _ in range(size):
            chunk.append(next(it))
        yield chunk


print(list(first_items([[1, 2], [3], [4, 5, 6]])))
print(list(pairs("abcde")))
try:
    print(list(first_items([[1], [], [2]])))
except RuntimeError as e:
    print("RuntimeError:", e, "caused by", repr(e.__cause__))
collected = []
try:
    for c in chunks(range(7), 3):
        collected.append(c)
except RuntimeError as e:
    print("RuntimeError:", e)
print(collected)
for c in chunks([1, 2, 3, 4], 2):
    print(c)
