# functools.cache and lru_cache on recursive functions (Fibonacci, grid paths, coin change in a
# nested function, edit distance over strs): each call computed once, as the side effects show.
from functools import lru_cache, cache
import functools

calls = 0


@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


@functools.lru_cache
def collatz_len(n):
    if n == 1:
        return 1
    if n % 2:
        return 1 + collatz_len(3 * n + 1)
    return 1 + collatz_len(n // 2)


def solve(coins, target):
    @cache
    def ways(i, left):
        if left == 0:
            return 1
        if i == len(coins) or left < 0:
            return 0
        return ways(i, left - coins[i]) + ways(i + 1, left)
    return ways(0, target)


print(fib(90), calls, paths(10, 10), max(range(1, 30), key=collatz_len), solve([1, 2, 5], 100))


@cache
def greet(name):
    print("computing", name)
    return "hi " + name


print(greet("a"), greet("b"), greet("a"))


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return d(i + 1, j + 1)
        return 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))
    return d(0, 0)


print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"), edit_distance("", "abc"))


@cache
def depth(n):
    if n == 0:
        raise ValueError("bottom")
    return depth(n - 1)


depth(3)
