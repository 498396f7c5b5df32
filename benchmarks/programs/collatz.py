"""Longest Collatz chain for a start below N: integer division and branches."""

N = 200000


def chain_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main():
    best_start = 1
    best_length = 1
    for start in range(1, N):
        length = chain_length(start)
        if length > best_length:
            best_start = start
            best_length = length
    print(best_start, best_length)


if __name__ == "__main__":
    main()
