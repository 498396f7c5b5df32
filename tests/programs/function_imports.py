"""Imports inside functions and methods (moved to the top level where that changes no
name's meaning): plain, `from`, `as`, in methods and nested functions, of a module the top
level imports too."""
import math


def area(r):
    from math import pi
    return pi * r * r


def roots(xs):
    import math
    return [math.sqrt(x) for x in xs]


class Stats:
    def spread(self, xs):
        import math
        from math import fabs as total
        return total(-sum(xs)) / len(xs), math.floor(max(xs) - min(xs))


def main():
    import sys
    from itertools import permutations
    import random as rnd
    rnd.seed(7)
    print(len(list(permutations(range(4)))), rnd.randint(1, 100) > 0, sys.maxsize > 0)
    print(Stats().spread([1.5, 2.5, 4.0]))


def heap_sorted(xs):
    import heapq
    if xs:
        h = list(xs)
        heapq.heapify(h)
        return [heapq.heappop(h) for _ in range(len(h))]
    return []


def nested():
    def inner():
        from collections import Counter
        return Counter("abracadabra").most_common(2)
    return inner()


print(area(2.0), roots([4.0, 9.0]), heap_sorted([3, 1, 2]), nested())
main()


def platform_name():
    import sys

    names = {"linux": "Linux", "darwin": "macOS", "win32": "Windows"}
    return names.get(sys.platform, "other"), sys.platform.startswith("linux")


print(platform_name())
