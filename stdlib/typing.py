"""Type hints (CPython's `typing`): natrix reads no annotations, so the names only need to
exist for `from typing import List, Optional` to link. `NamedTuple` as a base class is
expanded by the compiler (`compiler/src/resolve/namedtuples.rs`)."""

TYPE_CHECKING = False
Any = None
List = None
Dict = None
Set = None
FrozenSet = None
Tuple = None
Optional = None
Union = None
Callable = None
Iterable = None
Iterator = None
Generator = None
Sequence = None
Mapping = None
MutableMapping = None
DefaultDict = None
Deque = None
Counter = None
Type = None
ClassVar = None
Final = None
Literal = None
Generic = None


class NamedTuple:
    pass


def TypeVar(name, *constraints, bound=None):
    return name


def cast(typ, value):
    return value
