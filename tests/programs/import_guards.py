"""Optional imports with a fallback: `try: import … except ImportError:` at module level."""

try:
    import numpy as np

    HAVE_NUMPY = True
except ImportError:
    np = None
    HAVE_NUMPY = False

try:
    from heapq import heappush, heappop
except (ImportError, ModuleNotFoundError):
    heappush = heappop = None
else:
    print("using heapq")
finally:
    print("imports checked")

try:
    import math
    import _textstats_speedups as json
except ImportError:
    json = None

try:
    from functools import lru_cache
except ModuleNotFoundError:
    def lru_cache(maxsize=None):
        return lambda f: f


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def mean(values):
    if HAVE_NUMPY:
        return float(np.mean(values))
    return sum(values) / len(values)


queue = []
for job in (5, 1, 4):
    heappush(queue, job)
print(heappop(queue), queue, mean([1.0, 2.0, 4.5]), json is None, math.floor(2.5), fib(60))
