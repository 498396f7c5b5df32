"""Higher-order functions (CPython's `functools`): `reduce`, `partial`, `cmp_to_key`, and the
decorators the compiler applies (`cache`, `lru_cache`, `wraps`, `total_ordering`)."""


def reduce(function, iterable, *initial):
    """function(...function(function(x0, x1), x2)..., xn), starting from initial if given
    (None too)."""
    if len(initial) == 0:
        items = list(iterable)
        if not items:
            raise TypeError("reduce() of empty iterable with no initial value")
        value = items[0]
        for x in items[1:]:
            value = function(value, x)
        return value
    value = initial[0]
    for x in iterable:
        value = function(value, x)
    return value


def partial(func, *args, **keywords):
    """func with its first arguments (and some keywords) given now, the rest at the call."""

    def call(*more, **more_keywords):
        given = dict(keywords)
        given.update(more_keywords)
        return func(*(args + more), **given)

    return call


def cache(function):
    """Memoizes `function`. natrix applies this decorator when it compiles the program (see
    `compiler/src/resolve/memoize.rs`); it is not a value at run time."""
    return function


def lru_cache(maxsize=128, typed=False):
    """Memoizes the function it decorates (`@lru_cache`, `@lru_cache(maxsize=None)`). Applied
    by the compiler: a memo dict that evicts its least recently used entry past an int
    `maxsize` (see `compiler/src/resolve/memoize.rs`)."""
    return maxsize


class _CacheInfo:
    """What `f.cache_info()` of a memoized function gives (CPython's named tuple; natrix's
    compiler makes the call, see `compiler/src/resolve/memoize.rs`)."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __repr__(self):
        return (f"CacheInfo(hits={self.hits}, misses={self.misses}, "
                f"maxsize={self.maxsize}, currsize={self.currsize})")


def _cache_clear(cache, stats):
    """`f.cache_clear()`: empties the memo dict and zeroes the hit and miss counts."""
    cache.clear()
    stats[0] = 0
    stats[1] = 0


def total_ordering(cls):
    """Fills in the rich comparisons a class lacks from the one it defines. natrix applies
    this class decorator when it compiles the program (see
    `compiler/src/resolve/total_ordering.rs`); it is not a value at run time."""
    return cls


def cached_property(func):
    """A property computed once per instance. natrix expands it when it compiles the
    program (see `compiler/src/resolve/cached_properties.rs`); it is not a value at run
    time."""
    return func


def wraps(wrapped):
    """Copies a wrapped function's metadata onto its wrapper. natrix keeps only its
    `__name__`: the compiler turns `@functools.wraps(f)` into a copy of it (see
    `compiler/src/resolve/decorators.rs`)."""
    return wrapped


def update_wrapper(wrapper, wrapped, assigned=None, updated=None):
    """Copies a wrapped function's metadata onto its wrapper, returned: natrix keeps only
    its `__name__`, which a wrapper that is a function takes as its name (an instance, the wrapper of a
    class-based decorator, gets it as an attribute)."""
    wrapper.__name__ = wrapped.__name__
    return wrapper


class _CmpKey:
    """The key `cmp_to_key` makes of one item: ordered by the comparison function."""

    def __init__(self, obj, mycmp):
        self.obj = obj
        self.mycmp = mycmp

    def __lt__(self, other):
        return self.mycmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.mycmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.mycmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self.mycmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self.mycmp(self.obj, other.obj) >= 0


def cmp_to_key(mycmp):
    """A key function ordering items as the old-style comparison function mycmp(a, b) says
    (negative, zero or positive)."""

    def key(obj):
        return _CmpKey(obj, mycmp)

    return key

