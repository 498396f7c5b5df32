"""`copy.copy` and `copy.deepcopy`, done by the runtime (`runtime/src/copy.rs`): a copied
instance is made without calling `__init__`, as CPython's is. The value's own `__copy__` or
`__deepcopy__` is called when its class defines one (`hasattr` is decided when compiling);
the runtime's deep copy does not call those of the objects inside it."""


def copy(x):
    """A shallow copy: a new list, dict, set or instance with the same elements."""
    if hasattr(x, "__copy__"):
        return x.__copy__()
    return __natrix_copy__(x)


def deepcopy(x, memo=None):
    """A deep copy: containers and instances copied all the way down, shared references
    and cycles kept."""
    if hasattr(x, "__deepcopy__"):
        if memo is None:
            return x.__deepcopy__({})
        return x.__deepcopy__(memo)
    return __natrix_deepcopy__(x)
