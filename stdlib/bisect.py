"""Bisection of sorted lists (CPython's `bisect`).

Only `<` is used to compare items, as CPython does.
"""


def bisect_left(a, x, lo=0, hi=None):
    """The leftmost index where x can be inserted in a (sorted) keeping it sorted."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None):
    """The rightmost index where x can be inserted in a (sorted) keeping it sorted."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect(a, x, lo=0, hi=None):
    """Same as bisect_right."""
    return bisect_right(a, x, lo, hi)


def insort_left(a, x, lo=0, hi=None):
    """Insert x in a (sorted) before any equal items, keeping it sorted."""
    a.insert(bisect_left(a, x, lo, hi), x)


def insort_right(a, x, lo=0, hi=None):
    """Insert x in a (sorted) after any equal items, keeping it sorted."""
    a.insert(bisect_right(a, x, lo, hi), x)


def insort(a, x, lo=0, hi=None):
    """Same as insort_right."""
    insort_right(a, x, lo, hi)
