def last(n):
    for i in range(n):
        x = i * 2
    return x


if last(3) > 2:
    big = True
print(big)
