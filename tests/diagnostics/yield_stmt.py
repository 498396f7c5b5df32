def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(counter(3))
