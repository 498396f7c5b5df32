# Calling instances: __call__ with defaults, and dunders that always raise.


class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, y=1):
        self.calls += 1
        return self.k * x * y


class Strict:
    def __init__(self):
        self.n = 0

    def __call__(self, x):
        raise ValueError(f"bad {x}")

    def __getitem__(self, i):
        raise IndexError(f"no item {i}")


double = Multiplier(2)
print(double(5), double(3, 4), double.calls)
fs = [Multiplier(3), Multiplier(10)]
print([f(2) for f in fs])
s = Strict()
try:
    s(1)
except ValueError as e:
    print("error:", e)
try:
    print(s[3])
except IndexError as e:
    print("error:", e)
