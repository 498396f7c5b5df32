# dict() of mapping objects: a Counter, an OrderedDict, a ChainMap and a class with keys()
# and __getitem__ are copied by their keys; an iterable of pairs by its items.
from collections import Counter, OrderedDict, ChainMap
c = Counter("abracadabra")
d = dict(c)
print(d, type(d).__name__)
print(dict(OrderedDict([("x", 1), ("y", 2)])))
class Registry:
    def __init__(self): self._d = {"a": 1.5, "b": 2.5}
    def keys(self): return list(self._d)
    def __getitem__(self, k): return self._d[k] * 2
print(dict(Registry()))
class Pairs:
    def __iter__(self):
        yield ("p", 1)
        yield ("q", 2)
print(dict(Pairs()))
print(dict(ChainMap({"k": 1}, {"k": 2, "z": 3})))
