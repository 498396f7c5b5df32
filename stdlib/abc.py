"""Abstract base classes (CPython's `abc`). The compiler reads the names after linking
(`compiler/src/resolve/abstract_classes.rs`): `ABC` as a base and `metaclass=ABCMeta` mark
a class hierarchy abstract, `@abstractmethod` the methods a subclass must define; a class
leaving one undefined raises TypeError when instantiated."""

ABC = None
ABCMeta = None


def abstractmethod(funcobj):
    return funcobj
