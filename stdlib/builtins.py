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
