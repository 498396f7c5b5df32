# More call forms: positional-only parameters, `Base.method(self, …)` calls that skip the
# override, `max(*xs)`/`min(a, *xs)`, keywords to `__call__`, decorators on nested functions.
import functools


def clamp(value, low, high, /, *, wrap=False):
    if wrap:
        span = high - low
        return low + (value - low) % span
    return max(low, min(value, high))


print(clamp(15, 0, 10), clamp(15, 0, 10, wrap=True), clamp(-3, 0, 10))


class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self, detail=""):
        return f"{self.name}{detail}"

    def area(self):
        return 0.0


class Rect(Shape):
    def __init__(self, w, h, /):
        Shape.__init__(self, "rect")
        self.w, self.h = w, h

    def describe(self, detail=""):
        return Shape.describe(self, detail=f" {self.w}x{self.h}") + f" area={self.area()}"

    def area(self):
        return float(self.w * self.h)


r = Rect(3, 4)
print(r.describe(), "|", Shape.describe(r), "|", Shape.area(r), Rect.area(r))

readings = [17.5, 21.0, 19.25]
extra = [30.5]
print(max(*readings), min(*readings, *extra), max(0.0, *extra))
for args in ([], [4]):
    try:
        print(min(*args))
    except TypeError as e:
        print("TypeError:", e)


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x, offset=0, /, *, clip=None):
        y = x * self.factor + offset
        return y if clip is None else min(y, clip)


double = Scaler(2)
print(double(5), double(5, 1), double(50, clip=60))


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result}")
        return result

    return wrapper


def solve(coins, target):
    def memo(fn):
        cache = {}

        def lookup(n):
            if n not in cache:
                cache[n] = fn(n)
            return cache[n]

        return lookup

    @memo
    def ways(n):
        table = [1] + [0] * n
        for c in coins:
            for v in range(c, n + 1):
                table[v] += table[v - c]
        return table[n]

    @traced
    def best(n):
        return min(*[n // c for c in coins if c <= n], n)

    return ways(target), ways(target), best(target)


print(solve([1, 2, 5], 11))
