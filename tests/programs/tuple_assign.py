"""Tuple assignment and swaps without tuple values."""


def fib_pair(n):
    a, b = 0, 1
    i = 0
    while i < n:
        a, b = b, a + b
        i += 1
    return a


def sort3_min(x, y, z):
    if x > y:
        x, y = y, x
    if y > z:
        y, z = z, y
    if x > y:
        x, y = y, x
    print("sorted:", x, y, z)
    return x


def main():
    a, b = 1, 2
    print(a, b)
    a, b = b, a
    print(a, b)
    x, y, z = 1, 2, 3
    x, y, z = z, x, y
    print(x, y, z)
    s, t = "left", "right"
    s, t = t, s
    print(s, t)
    p, q = 1.5, 2.5
    p, q = q * 2, p * 2
    print(p, q)
    print(fib_pair(10), fib_pair(50))
    print(sort3_min(3, 1, 2), sort3_min(2.5, 0.5, 1.5), sort3_min("c", "b", "a"))
    m, n = 252, 105
    while n:
        m, n = n, m % n
    print("gcd:", m)
    lo, hi = 0, 100
    target = 37
    steps = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if mid < target:
            lo, hi = mid + 1, hi
        else:
            lo, hi = lo, mid
        steps += 1
    print("found", lo, "in", steps, "steps")
    u, v = 10, 20
    print(u + v)


main()
