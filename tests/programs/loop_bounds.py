"""Loops whose bound the compiler tests once to prove their products small (the bounds
pass): each must give CPython's answer on both sides of that test, including bounds far
past it, where the products grow into big integers."""


def triangle(i, j):
    return (i + j) * (i + j + 1) // 2 + i + 1


def weights(n):
    """A spectral-norm-like double loop over a bound known only at run time."""
    total = 0.0
    for i in range(n):
        for j in range(n):
            total += 1.0 / triangle(i, j)
    return total


def products(n, limit):
    """A loop whose bound may be huge: it stops early, with products past 64 bits."""
    acc = 0
    count = 0
    for i in range(n):
        for j in range(i):
            acc += i * j * (i + j)
        count += 1
        if count == limit:
            break
    return acc, count


def squares_below(n):
    """A while loop counting up to a parameter."""
    k = 0
    out = []
    while k * k < n:
        k += 1
    i = 0
    while i <= n:
        out.append(i * i)
        i += max(1, n // 4)
    return k, out


def guarded(values, n):
    """A versioned loop with an exception caught inside it."""
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += values[i % len(values)] * i // (i % 3)
        except ZeroDivisionError:
            caught += 1
    return total, caught


def copies(n):
    """An inner bound assigned from a local inside the nest, and an else clause."""
    m = n
    found = -1
    for i in range(n):
        k = m
        for j in range(k):
            if i * j == 12:
                found = i * 100 + j
                break
        else:
            continue
        break
    else:
        found = -2
    return found


def shifted(n):
    """Products past 64 bits on both sides of the test."""
    total = 0
    for i in range(n):
        total += (i << 40) * (i + 1)
    return total


def mixed(n):
    """Counters times values that are not counters: big on any side of the test."""
    big = 2 ** 40
    out = 0
    for i in range(n):
        for j in range(n):
            out += (i + big) * (j + big)
    return out


print(f"{weights(30):.12f}")
print(products(50, 1000))
print(products(2 ** 80, 7))
print(products(-(2 ** 70), 3))
print(triangle(10 ** 20, 3), triangle(2 ** 31, 2 ** 31))
print(squares_below(50), squares_below(10 ** 6))
print(guarded([3, -7, 11], 40))
print(copies(10), copies(3), copies(0))
print(shifted(20), shifted(0))
print(mixed(6))
big = 2 ** 30
print(products(big + 1, 4), products(big, 4), products(big - 1, 4))


def gen_products(n):
    for i in range(n):
        for j in range(n):
            yield i * j


print(sum(gen_products(12)))
