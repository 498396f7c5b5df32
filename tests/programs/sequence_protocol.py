"""The old sequence protocol: a class with __getitem__ and no __iter__ iterates by index
until IndexError (for, list, sum, unpacking, sorted, max, comprehensions, a subclass
overriding __getitem__), and `in` falls back to iteration for classes without
__contains__ (stopping at the first equal item, also on an endless iterator)."""


class Seq:
    def __init__(self, d):
        self.d = d

    def __getitem__(self, i):
        return self.d[i]

    def __len__(self):
        return len(self.d)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i


class Upper(Seq):
    def __getitem__(self, i):
        return self.d[i].upper()


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Naturals:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1


for x in Seq([1, 2]):
    print(x)
print(list(Squares()), sum(Squares()), 9 in Squares(), 10 in Squares())
print(list(Upper(["a", "b"])), [c for c in Seq("xyz")], "Y" in Upper(["x", "y"]))
a, b = Seq([3, 4])
print(a, b, sorted(Seq([5, 1, 3])), max(Squares()), len(Seq([1, 2, 3])))
print(3 in Countdown(5), 7 in Countdown(5), 0 in Countdown(5))
print(1000 in Naturals())
print(dict(enumerate(Squares())), list(zip(Seq("ab"), Squares())))
# The fallbacks are how CPython iterates, searches and reverses these objects, not methods
# the classes have.
def protocols(obj):
    print(
        type(obj).__name__,
        hasattr(obj, "__iter__"),
        hasattr(obj, "__contains__"),
        hasattr(obj, "__reversed__"),
        hasattr(obj, "__len__"),
    )


protocols(Seq([1]))
protocols(Squares())
protocols(Countdown(2))
