"""The bounds pass: the double loop is copied behind a test of its bound, and the copy calls
a clone of `cell` whose arithmetic the ranges pass then proves small."""


def cell(i, j):
    return (i + j) * (i + j + 1) // 2 + i + 1


def grid(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += cell(i, j)
    return total


print(grid(5), grid(40))
print(cell(2 ** 40, 2 ** 40))
