"""The parts of `math` written in Python: `prod`, `fsum`, `modf`, `frexp` and `ldexp`. The
other functions and the constants are the compiler's own (`compiler/src/builtins.rs`), served
to the same imports.
"""

from numbers import Real as _Real


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
        # (A `Fraction` converts by its `__float__`.)
        if not isinstance(item, _Real):
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


def modf(x):
    """The fractional and integer parts of `x`, both floats with the sign of `x`."""
    x = float(x)
    if x != x:
        return x, x
    if x - x != 0.0:
        # An infinity: no fraction.
        return (0.0 if x > 0.0 else -0.0), x
    whole = float(int(x))
    frac = x - whole
    if frac == 0.0:
        frac = 0.0 * x
    if whole == 0.0:
        whole = 0.0 * x
    return frac, whole


def frexp(x):
    """`(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1` (`(x, 0)` for a zero, an
    infinity or a NaN). Halving and doubling are exact, so `m` is `x`'s own digits."""
    x = float(x)
    if x == 0.0 or x - x != 0.0:
        return x, 0
    m = -x if x < 0.0 else x
    e = 0
    while m >= 1.0:
        m *= 0.5
        e += 1
    while m < 0.5:
        m *= 2.0
        e -= 1
    return (-m if x < 0.0 else m), e


def ldexp(x, i):
    """`x * 2**i`, rounded once; OverflowError when it is too large for a float."""
    x = float(x)
    if x == 0.0 or x - x != 0.0:
        return x
    m, e = frexp(x)
    e += i
    if e > 1024:
        raise OverflowError("math range error")
    if e < -1074:
        return 0.0 * x
    # The power of two is exact, even where the result is subnormal, so the product rounds
    # only once (`2.0 ** 1024` is too large: `m * 2`, in [1, 2), takes one of its twos).
    if e == 1024:
        return (m * 2.0) * 2.0 ** 1023
    return m * 2.0 ** e
