"""collections.abc (the compiler rewrites its imports to name this module,
`compiler/src/modules/collections_abc.rs`): the abstract base classes. `isinstance(x,
Iterable)` is decided by the compiler from what `x` is (`natrix_abi::abcs`); as annotations
the names only need to exist."""

Hashable = None
Iterable = None
Iterator = None
Generator = None
Reversible = None
Sized = None
Container = None
Collection = None
Callable = None
Sequence = None
MutableSequence = None
ByteString = None
Set = None
MutableSet = None
Mapping = None
MutableMapping = None
MappingView = None
KeysView = None
ItemsView = None
ValuesView = None
Awaitable = None
Coroutine = None
AsyncIterable = None
AsyncIterator = None
AsyncGenerator = None
