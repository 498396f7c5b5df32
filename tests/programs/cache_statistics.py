"""cache_info() and cache_clear() of module-level @cache and @lru_cache functions (hits,
misses, maxsize, currsize; clearing resets the counts)."""
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


@lru_cache
def square(x):
    return x * x


print(fib(30), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info())
print(ways(10))
ways.cache_clear()
print(ways(5))
print(square(3), square(3), square.cache_info())
