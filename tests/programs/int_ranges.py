"""Integers near and past the machine-word boundary, in loops, calls and globals."""

LIMIT = 2 ** 62
steps = 0


def around(start, count):
    total = 0
    for i in range(start, start + count):
        total += i
    return total


def doubling(x, times):
    global steps
    for _ in range(times):
        x = x + x
        steps += 1
    return x


def countdown(n):
    while n > LIMIT - 3:
        n -= 1
    return n


def mixed(k):
    if k < 10:
        return k * k
    return k * LIMIT


def digits(n):
    count = 0
    while n > 0:
        n //= 10
        count += 1
    return count


def main():
    print(around(LIMIT - 3, 6), around(-LIMIT - 2, 5), around(0, 100))
    for i in range(LIMIT - 2, LIMIT + 2):
        print(i, i + 1, i * 2, -i, i // 3, i % 1000)
    print(doubling(1, 70), doubling(-3, 65), steps)
    print(countdown(LIMIT + 5), mixed(3), mixed(12))
    print(digits(10 ** 30), digits(LIMIT), digits(7))
    x = 1
    for _ in range(100):
        x = x * 3 % 1000000007
    print(x)
    big = 1
    for i in range(1, 40):
        big *= i
        if big > 10 ** 40:
            print("past 10**40 at", i, big)
            break
    for i in range(10, -LIMIT - 5, -LIMIT // 2):
        print(i)


main()
