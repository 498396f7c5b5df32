# The builtins natrix writes in Python. The linker calls this module's classes where the
# program calls the builtin of the same name (`object()` becomes `builtins.object()`), and the
# class objects show the builtin's name (`<object object at 0x…>`).


class object:
    """What `object()` makes: an instance with nothing but its identity, the usual sentinel
    (`_MISSING = object()` … `if value is _MISSING:`)."""


def _dict_of_mapping(mapping):
    """`dict(m)` of an instance with `keys()` and `__getitem__` (a `Counter`, an
    `OrderedDict`): its items, taken as CPython's `dict()` takes a mapping's."""
    d = {}
    for key in mapping.keys():
        d[key] = mapping[key]
    return d


def _iter_call(function, sentinel):
    """`iter(function, sentinel)`: `function()`'s values until one equals `sentinel` (or it
    raises StopIteration, which ends them too)."""
    while True:
        try:
            value = function()
        except StopIteration:
            return
        if value == sentinel:
            return
        yield value


class slice:
    """`slice(start, stop, step)`: what `obj[a:b:c]` passes to a class's `__getitem__`,
    `__setitem__` and `__delitem__`, and what indexes a sequence as `xs[s]`. The linker
    passes all three parts (`slice(5)` is `slice(None, 5, None)`)."""

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step

    def indices(self, length):
        """The (start, stop, step) this slice selects of a sequence of `length` items, each
        bound clamped as slicing clamps it."""
        step = _slice_step(self.step)
        if length < 0:
            raise ValueError("length should not be negative")
        lower, upper = (-1, length - 1) if step < 0 else (0, length)
        start = _slice_bound(self.start, length, lower, upper, upper if step < 0 else lower)
        stop = _slice_bound(self.stop, length, lower, upper, lower if step < 0 else upper)
        return start, stop, step

    def __repr__(self):
        return f"slice({self.start!r}, {self.stop!r}, {self.step!r})"

    def __eq__(self, other):
        if not isinstance(other, slice):
            return False
        return (self.start, self.stop, self.step) == (other.start, other.stop, other.step)


def _slice_step(step):
    """A slice's step as `indices()` takes it: 1 when absent, never 0."""
    if step is None:
        return 1
    if step == 0:
        raise ValueError("slice step cannot be zero")
    return step


def _slice_bound(value, length, lower, upper, default):
    """A slice bound as `indices()` clamps it into `lower..=upper` (`default` when absent)."""
    if value is None:
        return default
    if value < 0:
        return max(value + length, lower)
    return min(value, upper)
