def accumulate():
    total = 0
    while True:
        value = yield total
        total += value


acc = accumulate()
print(next(acc))
