def averages():
    total = 0
    count = 0
    while True:
        value = yield (total / count if count else None)
        total += value
        count += 1


def report():
    yield from averages()


r = report()
next(r)
print(r.send(10))
