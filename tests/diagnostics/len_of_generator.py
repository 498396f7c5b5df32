def countdown(n):
    while n > 0:
        yield n
        n -= 1


ticks = countdown(3)
print(len(ticks))
