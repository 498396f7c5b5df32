"""@lru_cache and @cache on methods: one memo per method, keyed by the instance and the
arguments, so each instance's answers are its own and recursion through self is memoized."""
import functools
from functools import cache, lru_cache

calls = 0


class Grid:
    def __init__(self, width, blocked):
        self.width = width
        self.blocked = blocked

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        global calls
        calls += 1
        if (r, c) in self.blocked:
            return 0
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    @cache
    def area(self, n):
        global calls
        calls += 1
        return n * self.width

    @functools.lru_cache(128)
    def label(self, n):
        global calls
        calls += 1
        if n < 0:
            return
        return f"{self.width}:{n}"


open_grid = Grid(10, frozenset())
walled = Grid(10, frozenset([(2, 2), (5, 3)]))
print(open_grid.paths(12, 12), calls)
print(walled.paths(12, 12), calls)
calls = 0
print(open_grid.area(3), open_grid.area(3), walled.area(3), open_grid.area(4), calls)
print(open_grid.label(2), walled.label(2), open_grid.label(2), open_grid.label(-1), calls)
print(open_grid.label(-1), calls)


class Fib:
    @lru_cache(maxsize=None)
    def __call__(self, n):
        return n if n < 2 else self(n - 1) + self(n - 2)


print(Fib()(90))


class Paths:
    @staticmethod
    @functools.lru_cache(maxsize=None)
    def count(rows, cols):
        if rows == 1 or cols == 1:
            return 1
        return Paths.count(rows - 1, cols) + Paths.count(rows, cols - 1)

    @staticmethod
    @functools.cache
    def square(n):
        return n * n


print(Paths.count(12, 12), Paths().count(3, 3), Paths.square(9))
