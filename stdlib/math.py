"""The parts of `math` written in Python: `prod` and `fsum`. The other functions and the
constants are the compiler's own (`compiler/src/builtins.rs`), served to the same imports.
"""


def prod(iterable, start=1):
    """The product of `start` and every item, left to right."""
    result = start
    for x in iterable:
        result = result * x
    return result


def fsum(iterable):
    """The sum of the items as floats, rounded once (CPython's: Shewchuk's exact partial sums,
    then the final rounding made half-even across partials)."""
    partials = []
    special = 0.0
    inf_sum = 0.0
    for item in iterable:
        if not isinstance(item, (int, float)):
            raise TypeError("must be real number, not " + type(item).__name__)
        x = float(item)
        if x - x != 0.0:
            # An infinity or a NaN: summed apart (the infinities also on their own, where
            # `inf + -inf` shows), as CPython does.
            special += x
            if x == x:
                inf_sum += x
            continue
        i = 0
        for j in range(len(partials)):
            y = partials[j]
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        if x - x != 0.0:
            raise OverflowError("intermediate overflow in fsum")
        del partials[i:]
        if x != 0.0:
            partials.append(x)
    if special != 0.0 or special != special:
        if inf_sum != inf_sum:
            raise ValueError("-inf + inf in fsum")
        return special
    n = len(partials)
    hi = 0.0
    lo = 0.0
    if n > 0:
        n -= 1
        hi = partials[n]
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            if y == x - hi:
                hi = x
    return hi
