from functools import lru_cache, cache


@lru_cache(maxsize=None, typed=True)
def kind(x):
    print("  computing", repr(x))
    return type(x).__name__


@lru_cache(maxsize=32)
def untyped(x):
    print("  computing", repr(x))
    return x * 2


@lru_cache(None, True)
def scale(x, factor):
    return x * factor


print(kind(1), kind(1.0), kind(True), kind(1), kind(2.0))
print(kind.cache_info())
print(untyped(2), untyped(3), untyped(2))
print(untyped.cache_info())
print(scale(2, 3), scale(2.0, 3), scale(2, 3), scale.cache_info())
