"""Collatz sequence lengths."""


def collatz_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main():
    for n in range(1, 11):
        print("collatz_length(", n, ") = ", collatz_length(n), sep="")
    best = 0
    best_n = 0
    for n in range(1, 100000):
        length = collatz_length(n)
        if length > best:
            best = length
            best_n = n
    print("longest below 100000:", best_n, "with", best, "terms")
    # the peak value reached from 27
    n = 27
    peak = n
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        peak = max(peak, n)
    print("peak from 27:", peak)


main()
