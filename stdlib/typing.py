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
Protocol = None
Self = None
NoReturn = None
Never = None
TypeAlias = None
TypeGuard = None
Concatenate = None
Required = None
NotRequired = None
LiteralString = None
Annotated = None
Hashable = None
Sized = None
Collection = None
Container = None
Reversible = None
AbstractSet = None
MutableSequence = None
MutableSet = None
ItemsView = None
KeysView = None
ValuesView = None
IO = None
TextIO = None
SupportsInt = None
SupportsFloat = None
SupportsIndex = None
SupportsAbs = None
SupportsRound = None
Awaitable = None
Coroutine = None
AsyncIterator = None
AsyncIterable = None
OrderedDict = None
ChainMap = None
Pattern = None
Match = None
AnyStr = "AnyStr"


class NamedTuple:
    pass


def TypeVar(name, *constraints, bound=None):
    return name


def ParamSpec(name):
    return name


def NewType(name, tp):
    """`UserId = NewType("UserId", int)`: calling it gives its argument back."""
    return lambda x: x


def final(f):
    return f


def no_type_check(f):
    return f


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: " + repr(arg))


def cast(typ, value):
    return value
