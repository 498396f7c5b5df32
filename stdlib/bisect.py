"""Bisection of sorted lists (CPython's `bisect`).

Only `<` is used to compare items, as CPython does. `key` (Python 3.10) is applied to the
items of `a`, not to `x`, except by the `insort` functions, which insert `x` where `key(x)`
belongs.
"""


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The leftmost index where x can be inserted in a (sorted) keeping it sorted."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The rightmost index where x can be inserted in a (sorted) keeping it sorted."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect(a, x, lo=0, hi=None, *, key=None):
    """Same as bisect_right."""
    return bisect_right(a, x, lo, hi, key=key)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x in a (sorted) before any equal items, keeping it sorted."""
    if key is None:
        a.insert(bisect_left(a, x, lo, hi), x)
    else:
        a.insert(bisect_left(a, key(x), lo, hi, key=key), x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x in a (sorted) after any equal items, keeping it sorted."""
    if key is None:
        a.insert(bisect_right(a, x, lo, hi), x)
    else:
        a.insert(bisect_right(a, key(x), lo, hi, key=key), x)


def insort(a, x, lo=0, hi=None, *, key=None):
    """Same as insort_right."""
    insort_right(a, x, lo, hi, key=key)
