"""Small recursive functions (which natrix inlines one level into themselves): the depth at
which RecursionError comes, errors raised at odd and even depths, tracebacks through both
levels, and recursion under try/except."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def depth(n):
    # How deep the recursion can go before RecursionError: the same count as CPython.
    try:
        return depth(n + 1)
    except RecursionError:
        return n


def fails_at(n, k):
    if n == k:
        raise ValueError(f"failed at depth {k}")
    return fails_at(n + 1, k) + 1


def tree_sum(node):
    if node is None:
        return 0
    value, left, right = node
    return value + tree_sum(left) + tree_sum(right)


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return (mid, build(lo, mid - 1), build(mid + 1, hi))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def power(base, exp):
    # Grows past 64 bits on the way up: exact ints through both levels.
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    if exp % 2:
        return half * half * base
    return half * half


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return 0
    count = hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    return count + 1 + hanoi(n - 1, via, dst, src, moves)


def main():
    print([fib(i) for i in range(20)])
    print(fib(25))
    d = depth(0)
    print("recursion depth reached:", d)
    print("again:", depth(0) == d)
    for k in (0, 1, 2, 3, 10, 11):
        try:
            fails_at(0, k)
        except ValueError as e:
            print(e)
    print(tree_sum(build(1, 1000)))
    print(ackermann(2, 3), ackermann(3, 3))
    print(power(3, 100), power(2, 127), power(7, 0))
    moves = []
    print(hanoi(10, "a", "c", "b", moves), moves[:4], len(moves))
    print(fails_at(0, 7))


main()
