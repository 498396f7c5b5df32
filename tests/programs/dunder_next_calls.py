# Iterators advanced by calling __next__ directly: a generator's, a class's own, a list iterator's.
def gen():
    yield 1
    yield 2
g = gen()
print(g.__next__(), next(g))
class Count:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
c = Count()
print(c.__next__(), list(c))
it = iter([5, 6])
print(it.__next__())
try:
    g.__next__()
except StopIteration:
    print("done")
