"""lru_cache with a maxsize evicts the least recently used entry (hits move an entry to the
end): side effects rerun as in CPython, cache_info() counts agree; maxsize=0 caches nothing;
a bare @lru_cache keeps 128; a method's cache is bounded too."""
from functools import lru_cache


@lru_cache(maxsize=2)
def f(x):
    print("compute", x)
    return x * 10


for v in [1, 2, 3, 1, 3, 3, 2]:
    print(f(v))
print(f.cache_info())


@lru_cache
def g(n):
    return n if n < 2 else g(n - 1) + g(n - 2)


print(g(200), g.cache_info())


class Grid:
    def __init__(self, w):
        self.w = w

    @lru_cache(maxsize=1)
    def cell(self, i):
        print("cell", i)
        return i % self.w


grid = Grid(3)
print(grid.cell(4), grid.cell(4), grid.cell(5), grid.cell(4))


@lru_cache(maxsize=0)
def h(x):
    print("h", x)
    return x


print(h(1), h(1), h.cache_info())
