"""statistics: averages and measures of spread of ints, floats and fractions, as CPython
3.11's.

CPython sums exactly (as fractions) and rounds once at the end; here the exact values are
pairs of ints, a numerator and a denominator, with the same result: `mean` of ints is an int
when it is whole (else a float), of floats a float correctly rounded; `stdev` and `pstdev`
are the correctly rounded square roots of the exact variances."""

import math
from collections import Counter
from fractions import Fraction


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """`x` (an int, a bool, a float or a `Fraction`) as an exact fraction: numerator,
    denominator."""
    if isinstance(x, float):
        if math.isnan(x) or math.isinf(x):
            raise StatisticsError("statistics of infinities or NaNs are not supported")
        return x.as_integer_ratio()
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    return int(x), 1


def _has_float(data):
    """Whether the result is a float, as CPython's type coercion makes it (any float)."""
    for x in data:
        if isinstance(x, float):
            return True
    return False


def _add(a, b, c, d):
    """a/b + c/d, reduced."""
    num = a * d + c * b
    den = b * d
    g = math.gcd(num, den)
    return num // g, den // g


def _exact_sum(data):
    """The exact sum of `data` as a reduced fraction (partial sums kept per denominator, the
    powers of two floats have)."""
    partials = {}
    for x in data:
        n, d = _ratio(x)
        partials[d] = partials.get(d, 0) + n
    num, den = 0, 1
    for d, n in partials.items():
        num, den = _add(num, den, n, d)
    return num, den


def _convert(num, den, data, floats=False):
    """The fraction num/den as the type of the data (not empty; `floats` when a float took
    part): a `Fraction` when they are fractions, an int when they are ints and it is whole,
    else the float nearest to it."""
    if isinstance(data[0], float) or floats or _has_float(data):
        return num / den
    if isinstance(data[0], Fraction):
        return Fraction(num, den)
    if num % den != 0:
        return num / den
    return num // den


def _ss(data, c):
    """The sum of the squared deviations of `data` from `c` (its mean when None), exact:
    numerator, denominator."""
    if c is not None:
        num, den = 0, 1
        for x in data:
            d = x - c
            n2, d2 = _ratio(d * d)
            num, den = _add(num, den, n2, d2)
        return num, den
    count = len(data)
    sx_n, sx_d = 0, 1
    sxx_n, sxx_d = 0, 1
    for x in data:
        n, d = _ratio(x)
        sx_n, sx_d = _add(sx_n, sx_d, n, d)
        sxx_n, sxx_d = _add(sxx_n, sxx_d, n * n, d * d)
    if count == 0:
        return 0, 1
    # (count * sxx - sx * sx) / count, exactly.
    num = count * sxx_n * sx_d * sx_d - sx_n * sx_n * sxx_d
    den = sxx_d * sx_d * sx_d * count
    g = math.gcd(num, den)
    return num // g, den // g


def _sqrt_of_frac(n, m):
    """The float nearest to the square root of n/m (n >= 0, m > 0)."""
    if n == 0:
        return 0.0
    # An integer root with at least 55 bits, its last bit set when it is inexact (rounding
    # to odd), converts to the correctly rounded float.
    shift = (n.bit_length() - m.bit_length() - 112) // 2
    if shift >= 0:
        scaled = m << (2 * shift)
        root = math.isqrt(n // scaled)
        if root * root * scaled != n:
            root |= 1
        return float(root << shift)
    scaled = n << (-2 * shift)
    root = math.isqrt(scaled // m)
    if root * root * m != scaled:
        root |= 1
    return root / (1 << -shift)


def mean(data):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    num, den = _exact_sum(data)
    g = math.gcd(num, den * n)
    return _convert(num // g, den * n // g, data)


def fmean(data, weights=None):
    data = list(data)
    n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    weights = list(weights)
    num = math.fsum([x * w for x, w in zip(data, weights)])
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    data = list(data)
    if not data or any(x <= 0 for x in data):
        raise StatisticsError(
            "geometric mean requires a non-empty dataset containing positive numbers"
        )
    return math.exp(fmean([math.log(x) for x in data]))


def harmonic_mean(data, weights=None):
    data = list(data)
    n = len(data)
    negative = "harmonic mean does not support negative values"
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if x < 0:
            raise StatisticsError(negative)
        return x
    if weights is None:
        ws = [1] * n
        wnum, wden = n, 1
    else:
        ws = list(weights)
        if len(ws) != n:
            raise StatisticsError("Number of weights does not match data size")
        for w in ws:
            if w < 0:
                raise StatisticsError(negative)
        wnum, wden = _exact_sum(ws)
    # The weights over the values as floats (CPython divides), summed exactly.
    parts = []
    for w, x in zip(ws, data):
        if x < 0:
            raise StatisticsError(negative)
        if w:
            if x == 0:
                return 0
            parts.append(w / x)
        else:
            parts.append(0.0)
    num, den = _exact_sum(parts)
    if num <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(wnum * den, wden * num, data, True)


def _sorted_for_median(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data


def median(data):
    data = _sorted_for_median(data)
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = _sorted_for_median(data)
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = _sorted_for_median(data)
    return data[len(data) // 2]


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")


def variance(data, xbar=None):
    data = list(data)
    n = len(data)
    num, den = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(num, den * (n - 1), data, isinstance(xbar, float))


def pvariance(data, mu=None):
    data = list(data)
    n = len(data)
    num, den = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(num, den * n, data, isinstance(mu, float))


def stdev(data, xbar=None):
    data = list(data)
    n = len(data)
    num, den = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of_frac(num, den * (n - 1))


def pstdev(data, mu=None):
    data = list(data)
    n = len(data)
    num, den = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of_frac(num, den * n)


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(what + " requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(what + " requires at least two data points")
    return n


def _centered_sums(x, y, n):
    """The products of the deviations from the means: sum of dx*dy, of dx*dx, of dy*dy."""
    mx = math.fsum(x) / n
    my = math.fsum(y) / n
    dx = [xi - mx for xi in x]
    dy = [yi - my for yi in y]
    sxy = math.fsum([a * b for a, b in zip(dx, dy)])
    sxx = math.fsum([a * a for a in dx])
    syy = math.fsum([b * b for b in dy])
    return mx, my, sxy, sxx, syy


def covariance(x, y):
    n = _paired(x, y, "covariance")
    mx, my, sxy, sxx, syy = _centered_sums(x, y, n)
    return sxy / (n - 1)


def correlation(x, y):
    n = _paired(x, y, "correlation")
    mx, my, sxy, sxx, syy = _centered_sums(x, y, n)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


class LinearRegression:
    """CPython's named tuple of a regression line: `slope`, `intercept`, unpacked in that
    order."""

    def __init__(self, slope, intercept):
        self.slope = slope
        self.intercept = intercept

    def __repr__(self):
        return f"LinearRegression(slope={self.slope!r}, intercept={self.intercept!r})"

    def __iter__(self):
        return iter((self.slope, self.intercept))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.slope, self.intercept)[i]

    def __eq__(self, other):
        return (self.slope, self.intercept) == (other.slope, other.intercept)


def linear_regression(x, y, *, proportional=False):
    n = _paired(x, y, "linear regression")
    if proportional:
        sxy = math.fsum([a * b for a, b in zip(x, y)])
        sxx = math.fsum([a * a for a in x])
        mx = my = 0.0
    else:
        mx, my, sxy, sxx, syy = _centered_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else my - slope * mx
    return LinearRegression(slope=slope, intercept=intercept)
