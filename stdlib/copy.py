"""`copy.copy` and `copy.deepcopy`, done by the runtime (`runtime/src/copy.rs`): a copied
instance is made without calling `__init__`, as CPython's is; `__copy__` and `__deepcopy__`
methods are not called."""


def copy(x):
    """A shallow copy: a new list, dict, set or instance with the same elements."""
    return __natrix_copy__(x)


def deepcopy(x):
    """A deep copy: containers and instances copied all the way down, shared references
    and cycles kept."""
    return __natrix_deepcopy__(x)
