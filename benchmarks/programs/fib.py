"""Naive recursive Fibonacci: function-call overhead and integer arithmetic."""

N = 30


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    print(fib(N))


if __name__ == "__main__":
    main()
