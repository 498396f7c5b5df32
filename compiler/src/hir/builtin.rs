//! The builtin functions the HIR calls by name (`print`, `len`, …) and the hidden ones the
//! standard library's Python source calls (`__natrix_deepcopy__`, …).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Print,
    Abs,
    Min,
    Max,
    Round,
    Int,
    Float,
    Str,
    Bool,
    Len,
    Hash,
    /// `format(value, spec)`; f-string fields desugar to it.
    Format,
    Repr,
    Sum,
    Sorted,
    List,
    Tuple,
    /// `zip(*rows)` (resolve's hidden name `$zip_star`): the list of its tuples.
    ZipStar,
    /// `str.maketrans(x, y[, z])`: a dict from code points to code points (or `None`).
    MakeTrans,
    /// `copy.copy(x)` and `copy.deepcopy(x)` (`stdlib/copy.py` calls them by the hidden
    /// names `__natrix_copy__` and `__natrix_deepcopy__`).
    Copy,
    DeepCopy,
    /// `random.seed(s)` of a str: CPython's int of the str's UTF-8 bytes followed by their
    /// SHA-512 digest (`stdlib/random.py` calls it as `__natrix_str_seed__`).
    StrSeed,
    /// `time`'s clocks in nanoseconds (`stdlib/time.py` calls it as `__natrix_clock_ns__`,
    /// with 0 for the wall clock, 1 the monotonic one, 2 the process's CPU time, 3 the
    /// thread's) and `time.sleep` (`__natrix_sleep__`).
    ClockNs,
    Sleep,
    /// The local time zone's offset from UTC, in seconds, at a time given in seconds since
    /// the epoch (`stdlib/datetime.py` calls it as `__natrix_utc_offset__`).
    UtcOffset,
    /// A str through one of the runtime's Unicode and HTML tables (`stdlib/unicodedata.py`
    /// and `stdlib/html.py` call it as `__natrix_text_table__(op, text)`).
    TextTable,
    /// The files `open()` gives (`stdlib/builtins.py` calls them as `__natrix_file_open__`,
    /// …, `runtime/src/files.rs`).
    FileOpen,
    FileRead,
    FileWrite,
    FileFlush,
    FileClose,
    /// `os`'s calls of the system (`stdlib/os.py` calls them as `__natrix_os_stat__`, …,
    /// `runtime/src/os.rs`).
    OsStat,
    OsChange,
    OsGetcwd,
    OsGetpid,
    OsListdir,
    OsEnviron,
    /// The exception being handled, or None (`logging`'s `exception()`; `stdlib/logging.py`
    /// calls it as `__natrix_handled_exception__()`).
    HandledException,
    /// CPython's text of an exception object: its traceback and chain as an uncaught one
    /// prints (second argument 0), or its last line alone (1) (`stdlib/traceback.py` calls
    /// it as `__natrix_format_exception__(e, only)`).
    FormatException,
    /// Whether a file descriptor is a terminal (`sys.stdin.isatty()`, `os.isatty(fd)`).
    IsATty,
    /// `super().__str__()` / `super().__repr__()` that no base class of the program defines:
    /// `object`'s or `BaseException`'s, of `self` (the second argument 0 or 1).
    BaseText,
    Ord,
    /// `id(x)`: an object's address; a number's id is derived from its value.
    Id,
    Chr,
    Dict,
    Set,
    Hex,
    Oct,
    Bin,
    Pow,
    Divmod,
    Any,
    All,
    /// `next(generator[, default])`.
    Next,
    /// `ascii(x)`, applied to `repr(x)`: non-ASCII characters escaped.
    Ascii,
    /// `sys.exit([code])`: raises SystemExit.
    SysExit,
    /// `sys.argv`.
    SysArgv,
    /// `sys.platform`: the name of the system the program runs on (`linux`, `darwin`,
    /// `win32`), from the target it was compiled for.
    SysPlatform,
    /// `sys.setrecursionlimit(n)`, `sys.getrecursionlimit()`.
    SetRecursionLimit,
    GetRecursionLimit,
    /// `input([prompt])`.
    Input,
    /// `sys.stdin.read()`, `sys.stdin.readline()`, `sys.stdin.readlines()` (also what
    /// `sys.stdin` is as a value: its lines).
    StdinRead,
    StdinReadline,
    StdinReadlines,
    /// A function of the `math` module: an index into `builtins::MATH_FNS`.
    Math(u16),
    /// `float.fromhex(s)`.
    FloatFromHex,
    /// `int.from_bytes(data, byteorder, signed=flag)` (all three given: resolve fills the
    /// defaults).
    IntFromBytes,
    /// `math.hypot(*coords)` of a list of the coordinates (other than two floats).
    Hypot,
    /// `math.dist(p, q)` of two lists of coordinates.
    Dist,
    /// `bytes.fromhex(s)`.
    BytesFromHex,
    /// `bytes()`, `bytes(n)`, `bytes(ints)`, `bytes(s, encoding)`.
    Bytes,
    /// `frozenset(x)`, which resolve makes `FrozenSet(set(x))`: the new set, frozen.
    FrozenSet,
    /// `range(start, stop, step)` kept as a value (resolve fills in the missing arguments): a
    /// range object, laid out as the list of its values (`types::SeqKind::Range`).
    RangeValue,
    /// The value of a `%d`, `%i`, `%x`, `%X` or `%o` conversion in a literal %-template
    /// (resolve makes the conversion a `format()` call): an int (a float truncated, for `%d`
    /// and `%i`), or CPython's TypeError. The second argument of each `Percent*` is the
    /// conversion's letter.
    PercentInt,
    /// The value of a `%e`, `%f`, `%g` (and capital) conversion: a number as it is, or
    /// CPython's TypeError.
    PercentReal,
    /// The value of a `%c` conversion: the character of an int, a str of length one, or
    /// CPython's TypeError.
    PercentChar,
    /// `ValueError("bad")` outside a `raise`: a new exception object (not raised), with the
    /// message (or repr, for a number) of its one optional argument; with several arguments
    /// (`KeyError("k", 1)`) they are its `args`.
    NewExc(natrix_abi::ExcKind),
    /// A builtin exception made with the tuple of its arguments: the constructor of a builtin
    /// exception class used as a value (`errors = (ValueError, KeyError)`).
    NewExcFrom(natrix_abi::ExcKind),
    /// The qualified name of a value's class, as `print(type(x))` shows it inside
    /// `<class '…'>`: `int`, `__main__.Point`, `collections.Counter`.
    TypeQualName,
    /// `hasattr(obj, "name")` (the name a str literal, the second argument).
    HasAttr,
    /// `callable(x)`: a function, a class, or an instance whose class has `__call__`.
    Callable,
    /// The class of a caught exception as a value (a dynamic class object): the `exc_type`
    /// a `with` statement passes to `__exit__`.
    ClassOf,
    /// `isinstance(x, cls)` of a class (or a tuple of classes) held in a value: a test of the
    /// class `x` has when the program runs (CPython's TypeError when `cls` is no class).
    IsInstanceOf,
    /// `issubclass(cls, classes)` of classes held in a value (a class object or a tuple of
    /// them), tested when it runs.
    IsSubclassOf,
    /// `__natrix_copy_name__(wrapper, wrapped)`, what `@functools.wraps(wrapped)` becomes: the
    /// wrapper function object takes the wrapped one's `__name__`.
    CopyFuncName,
    /// A dataclass `__repr__` starting on an instance: whether one is already running on it
    /// (then it prints `...`, as `reprlib.recursive_repr`).
    ReprEnter,
    /// The dataclass `__repr__` on the instance finished.
    ReprLeave,
    /// What `x = yield from source` gives `x` once `source` is exhausted: the value a
    /// generator's `return` gave (a value of run-time type), None for other iterables.
    YieldFromResult,
    /// The value an unpacking assignment takes apart (`x, y = value`): an iterable instance
    /// or a generator drained into a list first, any other value itself.
    UnpackSource,
}

impl Builtin {
    pub fn from_name(name: &str) -> Option<Builtin> {
        Some(match name {
            "print" => Builtin::Print,
            "abs" => Builtin::Abs,
            "min" => Builtin::Min,
            "max" => Builtin::Max,
            "round" => Builtin::Round,
            "int" => Builtin::Int,
            "float" => Builtin::Float,
            "str" => Builtin::Str,
            "bytes" => Builtin::Bytes,
            "bool" => Builtin::Bool,
            "len" => Builtin::Len,
            "hash" => Builtin::Hash,
            "format" => Builtin::Format,
            "repr" => Builtin::Repr,
            "sum" => Builtin::Sum,
            "sorted" => Builtin::Sorted,
            "list" => Builtin::List,
            "tuple" => Builtin::Tuple,
            "$zip_star" => Builtin::ZipStar,
            "$maketrans" => Builtin::MakeTrans,
            "ord" => Builtin::Ord,
            "id" => Builtin::Id,
            "chr" => Builtin::Chr,
            "dict" => Builtin::Dict,
            "set" => Builtin::Set,
            "hex" => Builtin::Hex,
            "oct" => Builtin::Oct,
            "bin" => Builtin::Bin,
            "pow" => Builtin::Pow,
            "divmod" => Builtin::Divmod,
            "any" => Builtin::Any,
            "__natrix_copy_name__" => Builtin::CopyFuncName,
            "__natrix_repr_enter__" => Builtin::ReprEnter,
            "__natrix_repr_leave__" => Builtin::ReprLeave,
            "__natrix_copy__" => Builtin::Copy,
            "__natrix_deepcopy__" => Builtin::DeepCopy,
            "__natrix_str_seed__" => Builtin::StrSeed,
            "__natrix_clock_ns__" => Builtin::ClockNs,
            "__natrix_sleep__" => Builtin::Sleep,
            "__natrix_utc_offset__" => Builtin::UtcOffset,
            "__natrix_text_table__" => Builtin::TextTable,
            "__natrix_file_open__" => Builtin::FileOpen,
            "__natrix_file_read__" => Builtin::FileRead,
            "__natrix_file_write__" => Builtin::FileWrite,
            "__natrix_file_flush__" => Builtin::FileFlush,
            "__natrix_file_close__" => Builtin::FileClose,
            "__natrix_os_stat__" => Builtin::OsStat,
            "__natrix_os_change__" => Builtin::OsChange,
            "__natrix_os_getcwd__" => Builtin::OsGetcwd,
            "__natrix_os_getpid__" => Builtin::OsGetpid,
            "__natrix_os_listdir__" => Builtin::OsListdir,
            "__natrix_os_environ__" => Builtin::OsEnviron,
            "__natrix_isatty__" => Builtin::IsATty,
            "__natrix_handled_exception__" => Builtin::HandledException,
            "__natrix_format_exception__" => Builtin::FormatException,
            "all" => Builtin::All,
            "next" => Builtin::Next,
            "callable" => Builtin::Callable,
            "input" => Builtin::Input,
            "type" => Builtin::ClassOf,
            _ => return None,
        })
    }

    /// Whether the builtin of one iterable goes over its items: a bytes object's ints are
    /// given to it as a list of them.
    pub fn over_items(self) -> bool {
        matches!(
            self,
            Builtin::Sum
                | Builtin::Min
                | Builtin::Max
                | Builtin::Any
                | Builtin::All
                | Builtin::Set
                | Builtin::Tuple
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Builtin::Print => "print",
            Builtin::Abs => "abs",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Round => "round",
            Builtin::Int => "int",
            Builtin::Float => "float",
            Builtin::Str => "str",
            Builtin::Bool => "bool",
            Builtin::Len => "len",
            Builtin::Hash => "hash",
            Builtin::Format => "format",
            Builtin::Repr => "repr",
            Builtin::Sum => "sum",
            Builtin::Sorted => "sorted",
            Builtin::List => "list",
            Builtin::Tuple => "tuple",
            Builtin::ZipStar => "zip",
            Builtin::MakeTrans => "maketrans",
            Builtin::Copy => "copy",
            Builtin::DeepCopy => "deepcopy",
            Builtin::StrSeed => "seed",
            Builtin::ClockNs => "time_ns",
            Builtin::Sleep => "sleep",
            Builtin::UtcOffset => "utcoffset",
            Builtin::TextTable => "text_table",
            Builtin::FileOpen => "open",
            Builtin::FileRead => "read",
            Builtin::FileWrite => "write",
            Builtin::FileFlush => "flush",
            Builtin::FileClose => "close",
            Builtin::OsStat => "stat",
            Builtin::OsChange => "os",
            Builtin::OsGetcwd => "getcwd",
            Builtin::OsGetpid => "getpid",
            Builtin::OsListdir => "listdir",
            Builtin::OsEnviron => "environ",
            Builtin::IsATty => "isatty",
            Builtin::HandledException => "exception",
            Builtin::FormatException => "format_exception",
            Builtin::BaseText => "str",
            Builtin::Ord => "ord",
            Builtin::Id => "id",
            Builtin::Chr => "chr",
            Builtin::Dict => "dict",
            Builtin::Set => "set",
            Builtin::Hex => "hex",
            Builtin::Oct => "oct",
            Builtin::Bin => "bin",
            Builtin::Pow => "pow",
            Builtin::Divmod => "divmod",
            Builtin::Any => "any",
            Builtin::All => "all",
            Builtin::SysExit => "sys.exit",
            Builtin::SysArgv => "sys.argv",
            Builtin::SysPlatform => "sys.platform",
            Builtin::SetRecursionLimit => "sys.setrecursionlimit",
            Builtin::GetRecursionLimit => "sys.getrecursionlimit",
            Builtin::Next => "next",
            Builtin::Ascii => "ascii",
            Builtin::Input => "input",
            Builtin::StdinRead => "sys.stdin.read",
            Builtin::StdinReadline => "sys.stdin.readline",
            Builtin::StdinReadlines => "sys.stdin.readlines",
            Builtin::FloatFromHex => "float.fromhex",
            Builtin::IntFromBytes => "int.from_bytes",
            Builtin::Hypot => "math.hypot",
            Builtin::Dist => "math.dist",
            Builtin::BytesFromHex => "bytes.fromhex",
            Builtin::Bytes => "bytes",
            Builtin::FrozenSet => "frozenset",
            Builtin::RangeValue => "range",
            Builtin::PercentInt => "%d",
            Builtin::PercentReal => "%f",
            Builtin::PercentChar => "%c",
            Builtin::Math(i) => crate::builtins::MATH_FNS[i as usize].name,
            Builtin::NewExc(k) | Builtin::NewExcFrom(k) => k.name(),
            Builtin::TypeQualName => "type",
            Builtin::HasAttr => "hasattr",
            Builtin::Callable => "callable",
            Builtin::ClassOf => "type",
            Builtin::IsInstanceOf => "isinstance",
            Builtin::IsSubclassOf => "issubclass",
            Builtin::UnpackSource => "unpack",
            Builtin::CopyFuncName => "__natrix_copy_name__",
            Builtin::ReprEnter => "__natrix_repr_enter__",
            Builtin::ReprLeave => "__natrix_repr_leave__",
            Builtin::YieldFromResult => "yield from",
        }
    }
}
