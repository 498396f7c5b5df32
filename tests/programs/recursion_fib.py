"""Fibonacci numbers: naive recursion, iteration and a call counter."""

calls = 0


def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_float(n):
    phi = (1 + 5 ** 0.5) / 2
    return round(phi ** n / 5 ** 0.5)


def main():
    for n in range(0, 15):
        print(fib(n), end=" ")
    print()
    print("calls so far:", calls)
    print("fib(25) =", fib(25))
    print("fib_iter(90) =", fib_iter(90))
    agree = 0
    for n in range(0, 71):
        if fib_float(n) == fib_iter(n):
            agree += 1
    print("Binet agrees for", agree, "of 71 values")
    print("total calls:", calls)


main()
