# Sorting instances of a class that defines only __gt__: CPython answers a < b with b > a.

class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"G({self.v})"
xs = [G(3), G(1), G(2)]
print(sorted(xs), sorted(xs, reverse=True), max(xs), min(xs))
xs.sort()
print(xs)
