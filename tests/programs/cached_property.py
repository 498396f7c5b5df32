"""functools.cached_property: computed once per instance, replaced by assignment."""
from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @cached_property
    def mean(self):
        self.computations += 1
        return sum(self.values) / len(self.values)

    @cached_property
    def spread(self):
        self.computations += 1
        m = self.mean
        return max(abs(v - m) for v in self.values)


d = Dataset([1, 2, 3, 6])
print(d.mean, d.mean, d.spread, d.computations)
d.mean = 10.0
print(d.mean, d.computations)
e = Dataset([5])
print(e.spread, e.mean, e.computations, d.mean)


class Report:
    def __init__(self, rows):
        self.rows = rows
        self.builds = 0

    @cached_property
    def total(self):
        self.builds += 1
        return sum(self.rows)

    def add(self, x):
        self.rows.append(x)
        try:
            del self.total
        except AttributeError:
            pass


r = Report([1, 2])
r.add(5)
print(r.total, r.total, r.builds)
r.add(10)
print(r.total, r.builds)
