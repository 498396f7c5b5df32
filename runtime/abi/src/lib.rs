//! natrix-abi: the one table of entry points between generated code and the runtime.
//!
//! Every runtime function that compiled code may call is declared exactly once, in
//! [`runtime_functions!`]. The compiler reads the table as data ([`RUNTIME_FNS`]) to declare the
//! functions in LLVM and to know how each one signals an error; the runtime expands the same macro
//! into compile-time signature checks against its `extern "C"` definitions; and a test reads the
//! built runtime archive and checks that its exported `nx_*` symbols are exactly this table.
//!
//! **ABI invariant:** this crate knows nothing of the compiler or of the runtime's internals. It
//! only names types by their machine shape, plus the one Python rule both sides must read
//! identically: how a `str.format` template splits into text and fields ([`template`]).
//!
//! Value conventions shared by both sides:
//! - `int` is a *tagged* 64-bit word. Low bit 0: a small integer `v` stored as `v << 1`. Low bit 1:
//!   a pointer (with the tag bit set) to a heap big integer. The word `1` (a tagged null pointer)
//!   is never a value, so it is the error return of functions that return an `int`.
//! - `float` is an IEEE f64; functions returning a float report errors through the pending flag.
//! - `bool` is an `i8` holding 0 or 1.
//! - heap objects are pointers to a header `{ refcnt: i64, type: *const TypeInfo }` (see
//!   [`OBJ_REFCNT_OFFSET`]); a null pointer is the error return.
//! - Arguments marked `Raw` are plain machine integers (lengths, line numbers, kind codes), not
//!   tagged ints.

pub mod abcs;
pub mod builtin_attrs;
pub mod template;

mod exc_kind;
mod slice;
pub use exc_kind::ExcKind;
pub use slice::{slice_bounds, slice_indices};

/// The machine shape of a parameter or return value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbiTy {
    /// No value (return type only).
    Void,
    /// An 8-bit integer: a `bool`, or a small flag.
    I8,
    /// A tagged Python `int`.
    Int,
    /// A plain 64-bit machine integer (a length, a line number, a code).
    Raw,
    /// An IEEE double.
    F64,
    /// A pointer to a heap object (refcounted).
    Obj,
    /// A pointer to NUL-terminated static bytes (names, file paths, messages).
    CStr,
    /// A pointer to raw bytes, paired with a `Raw` length.
    Bytes,
}

/// How a runtime function reports that it raised an exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrConv {
    /// It never raises.
    Never,
    /// It returns a null object pointer.
    Null,
    /// It returns the tagged word [`INT_ERROR`].
    IntTag,
    /// It sets the runtime's pending-exception flag ([`ERR_PENDING_GLOBAL`]); the caller tests it.
    Flag,
}

/// One entry of the ABI table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RuntimeFn {
    pub name: &'static str,
    pub params: &'static [AbiTy],
    pub ret: AbiTy,
    pub err: ErrConv,
}

/// The standard library's classes that CPython defines as subclasses of `dict` (natrix's keep
/// a dict inside): `isinstance(c, dict)` is True of them, decided by the compiler for a
/// static type and by the runtime (`nx_dyn_isinstance`) for a value of run-time type.
pub const DICT_SUBCLASSES: &[&str] = &["collections.Counter", "collections.OrderedDict"];

/// What joins a nested class's name to its enclosing classes' in the name the compiler gives
/// it (`LinkedList·Node`, `compiler/src/modules/nested_classes.rs`): a character Python
/// identifiers may hold, shown as `.`.
pub const NESTED_CLASS_SEP: char = '\u{b7}';

/// The `__qualname__` of a class named `name`: without its module (`collections.Counter` is
/// `Counter`); a nested class's is its enclosing classes' names and its own joined by dots
/// (`LinkedList.Node`).
pub fn class_qualname(name: &str) -> String {
    let own = name.rsplit('.').next().unwrap_or(name);
    own.replace(NESTED_CLASS_SEP, ".")
}

/// The error return of functions that return a tagged int.
pub const INT_ERROR: i64 = 1;
/// `None` of an `Optional[int]` value: the word [`INT_ERROR`], never an int (and never a big
/// int pointer, so reference counting skips it). Functions returning one report errors through
/// the pending flag.
pub const OPT_INT_NONE: i64 = INT_ERROR;
/// `None` of an `Optional[float]` value: a signalling NaN, which no float operation produces.
pub const OPT_FLOAT_NONE_BITS: u64 = 0x7ff4_0000_0000_0001;
/// `None` of an `Optional[bool]` value (an `i8`).
pub const OPT_BOOL_NONE: u8 = 2;
/// Byte offset of the reference count in every heap object's header.
pub const OBJ_REFCNT_OFFSET: u64 = 0;
/// Byte offset of the type-descriptor pointer in every heap object's header.
pub const OBJ_TYPE_OFFSET: u64 = 8;
/// Byte offsets in a list object of its length and capacity (machine `usize`s) and of the
/// pointer to its 8-byte element slots, which generated code uses for inline `len(xs)`,
/// `xs[i]`, `xs[i] = v`, `xs.append(v)` (while there is room) and `xs.pop()`.
pub const LIST_LEN_OFFSET: u64 = 16;
pub const LIST_CAP_OFFSET: u64 = 24;
pub const LIST_ITEMS_OFFSET: u64 = 40;
/// Reference count given to immortal objects (string literals, singletons). Increments and
/// decrements may touch it, but it never reaches zero.
pub const IMMORTAL_REFCNT: i64 = 1 << 60;
/// Smallest and largest values of a small (unboxed) tagged int.
pub const SMALL_INT_MIN: i64 = i64::MIN >> 1;
pub const SMALL_INT_MAX: i64 = i64::MAX >> 1;

/// Exported runtime globals that generated code reads or writes directly.
/// `u8`: non-zero while an exception is pending.
pub const ERR_PENDING_GLOBAL: &str = "nx_err_pending";
/// `i64`: the depth past which a call raises `RecursionError`. (Generated code passes each
/// frame's depth as the first argument of every compiled function, so the depth itself lives in
/// registers, not in the runtime.)
pub const RECURSION_LIMIT_GLOBAL: &str = "nx_recursion_limit";
/// The state of a finished generator (item 0 of its frame, `mir/build/generators.rs`).
pub const GEN_DONE: i64 = -1;
/// Its value at start-up (CPython's). A program that never calls `sys.setrecursionlimit`
/// keeps it, and its generated code compares depths with this constant instead of loading
/// the global (a test LLVM can then hoist out of loops).
pub const DEFAULT_RECURSION_LIMIT: i64 = 1000;
/// The item of an instance (laid out like a tuple) that holds the address of its class's
/// [`ClassTable`] (raw bits in a `Float` item, which nothing refcounts).
pub const INSTANCE_TABLE_ITEM: i64 = 0;
/// The item of an instance that holds its first attribute.
pub const INSTANCE_FIRST_SLOT: i64 = 1;
/// The bits of an attribute slot never assigned, in a `None` item (no `None` has these bits).
pub const ATTR_UNSET: i64 = -1;

/// The compiled methods of a class that the runtime calls (each 0 when absent): `repr(depth,
/// self) -> str`, `str(depth, self) -> str` (`__str__`), `eq(depth, self, other) -> bool (2 on
/// error)`, `hash(depth, self) -> tagged int`, and whether the class defines `__eq__` (then,
/// without `__hash__`, it is unhashable), its builtin exception base, the classes of its method
/// resolution order and its name. Codegen emits one constant table per class (its address also identifies the class),
/// one machine word per field.
#[repr(C)]
pub struct ClassTable {
    pub repr: usize,
    pub str: usize,
    pub eq: usize,
    pub hash: usize,
    /// `lt(depth, self, other) -> bool (2 on error)`: `__lt__`, which sorting uses.
    pub lt: usize,
    /// The same for `__gt__`, which sorting uses (with the operands swapped) in a class
    /// without `__lt__`.
    pub gt: usize,
    /// 1 when, without `hash`, instances are unhashable (the class defines `__eq__`, or sets
    /// `__hash__ = None`): CPython's TypeError instead of the identity hash.
    pub unhashable: usize,
    /// For a class deriving from a builtin exception: 1 + the `ExcKind` code of that builtin
    /// (what `except ValueError` tests); 0 for other classes.
    pub exc_kind: usize,
    /// The address of the tables of the classes after it in its method resolution order
    /// (its bases, theirs, …), a list ended by 0.
    pub mro: usize,
    /// The address of the global that holds the class's name, a str literal made at start-up
    /// (what the default repr and the messages naming the class show).
    pub name: usize,
    /// `release(obj)`: releases what an instance's attributes hold, each by its static type
    /// (an unset attribute holds `-1`); the runtime then frees the instance. 0 for a class
    /// whose attributes hold no reference.
    pub release: usize,
    /// `eq_dyn(depth, self, other) -> bool (2 on error)`: `__eq__` compiled for an `other` of
    /// any type (a value of run-time type), for a class whose instances may be held in one:
    /// `v == 3`, `3 in [m, "x"]` and `xs.index(m)` call it where the other operand is not of
    /// the class's hierarchy (`eq` is compiled for those). 0 when not compiled.
    pub eq_dyn: usize,
    /// `__lt__` and `__gt__` compiled the same way, for ordering against a value of another
    /// type or class hierarchy (`sorted([Circle(1), Square(2)])`); 0 when not compiled.
    pub lt_dyn: usize,
    pub gt_dyn: usize,
    /// 1 when a copy of an instance is the instance itself (its class's `__deepcopy__`
    /// returns `self`: an enum's members), also inside a container being copied.
    pub atomic: usize,
    /// The address of the names of the attribute slots, in slot order, each ended by a NUL
    /// byte and the list by an empty name (a run-time format template's `{0.name}` reads
    /// them).
    pub attrs: usize,
    /// The table of the class that the other operand `eq` is compiled for derives from (the
    /// topmost class of the first bases of the class defining `__eq__`: the hierarchy's root
    /// under single inheritance), 0 when that is itself.
    pub eq_operand: usize,
    /// The same for `lt` and `gt`.
    pub order_operand: usize,
}
/// The size of a tuple's (or instance's) fixed part: `{refcnt, type, len}`; the 8-byte item
/// slots follow, then one kind byte per item. Compiled code reads instance attributes there.
pub const TUPLE_HEADER_SIZE: u64 = 24;
/// Offset of a tuple's item count (a machine integer).
pub const TUPLE_LEN_OFFSET: u64 = 16;

/// Every exported global, for the archive check.
pub const RUNTIME_GLOBALS: &[&str] = &[ERR_PENDING_GLOBAL, RECURSION_LIMIT_GLOBAL];

/// How a list stores its elements in 8-byte slots (the `kind` argument of `nx_list_new`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i64)]
pub enum ElemKind {
    /// A tagged int (may point to a refcounted big int).
    Int = 0,
    /// The bits of an f64.
    Float = 1,
    /// 0 or 1.
    Bool = 2,
    /// A pointer to a refcounted object (str, list, …), compared, printed and hashed through
    /// its type's protocol slots.
    Obj = 3,
    /// Always 0: the element is `None`.
    None = 4,
    /// An `Int`, `Float` or `Bool` slot of a container or item that may also hold `None`: the
    /// bits are the number's, or its type's `None` value (`OPT_INT_NONE`,
    /// `OPT_FLOAT_NONE_BITS`, `OPT_BOOL_NONE`).
    OptInt = 5,
    OptFloat = 6,
    OptBool = 7,
}

/// Added to an operator code of `nx_dyn_binop` for an augmented assignment (`x += y`): its
/// TypeError names `+=`.
pub const DYN_INPLACE: i64 = 64;

/// The sequence a dynamic index is used on (the `what` argument of `nx_dyn_to_index`): its
/// TypeError names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i64)]
pub enum IndexedSeq {
    List = 0,
    Tuple = 1,
    Str = 2,
    Bytes = 3,
}

impl IndexedSeq {
    pub fn from_code(code: i64) -> IndexedSeq {
        match code {
            1 => IndexedSeq::Tuple,
            2 => IndexedSeq::Str,
            3 => IndexedSeq::Bytes,
            _ => IndexedSeq::List,
        }
    }
}

/// The operator codes of `nx_dyn_binop` (binary) and `nx_dyn_unary` (unary).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i64)]
pub enum DynOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    Div = 3,
    FloorDiv = 4,
    Mod = 5,
    Pow = 6,
    LShift = 7,
    RShift = 8,
    BitAnd = 9,
    BitOr = 10,
    BitXor = 11,
    Neg = 12,
    Pos = 13,
    Invert = 14,
    Abs = 15,
}

impl DynOp {
    pub const ALL: [DynOp; 16] = [
        DynOp::Add,
        DynOp::Sub,
        DynOp::Mul,
        DynOp::Div,
        DynOp::FloorDiv,
        DynOp::Mod,
        DynOp::Pow,
        DynOp::LShift,
        DynOp::RShift,
        DynOp::BitAnd,
        DynOp::BitOr,
        DynOp::BitXor,
        DynOp::Neg,
        DynOp::Pos,
        DynOp::Invert,
        DynOp::Abs,
    ];

    pub fn from_code(code: i64) -> Option<DynOp> {
        Self::ALL.get(usize::try_from(code).ok()?).copied()
    }

    /// The operator as Python spells it in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            DynOp::Add => "+",
            DynOp::Sub => "-",
            DynOp::Mul => "*",
            DynOp::Div => "/",
            DynOp::FloorDiv => "//",
            DynOp::Mod => "%",
            DynOp::Pow => "** or pow()",
            DynOp::LShift => "<<",
            DynOp::RShift => ">>",
            DynOp::BitAnd => "&",
            DynOp::BitOr => "|",
            DynOp::BitXor => "^",
            DynOp::Neg => "unary -",
            DynOp::Pos => "unary +",
            DynOp::Invert => "unary ~",
            DynOp::Abs => "abs()",
        }
    }
}

/// The comparison codes of `nx_dyn_compare`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i64)]
pub enum DynCmp {
    Eq = 0,
    Ne = 1,
    Lt = 2,
    Le = 3,
    Gt = 4,
    Ge = 5,
}

impl DynCmp {
    pub fn from_code(code: i64) -> Option<DynCmp> {
        Some(match code {
            0 => DynCmp::Eq,
            1 => DynCmp::Ne,
            2 => DynCmp::Lt,
            3 => DynCmp::Le,
            4 => DynCmp::Gt,
            5 => DynCmp::Ge,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        match self {
            DynCmp::Eq => "==",
            DynCmp::Ne => "!=",
            DynCmp::Lt => "<",
            DynCmp::Le => "<=",
            DynCmp::Gt => ">",
            DynCmp::Ge => ">=",
        }
    }
}

impl ElemKind {
    #[inline]
    pub fn from_code(code: i64) -> Option<ElemKind> {
        Some(match code {
            0 => ElemKind::Int,
            1 => ElemKind::Float,
            2 => ElemKind::Bool,
            3 => ElemKind::Obj,
            4 => ElemKind::None,
            5 => ElemKind::OptInt,
            6 => ElemKind::OptFloat,
            7 => ElemKind::OptBool,
            _ => return None,
        })
    }
}

/// The table. Each line: `name(param, …) -> ret, error-convention;`.
///
/// Invoke with the name of a macro that accepts the same token shape; see [`RUNTIME_FNS`] and the
/// runtime's `abi_check.rs`.
#[macro_export]
macro_rules! runtime_functions {
    ($m:ident) => {
        $m! {
            // ---- program lifecycle and memory ----
            // Called first by `main`, with the process arguments.
            nx_init(Raw, Bytes) -> Void, Never;
            // Called by `main` when the module body ends, before the globals are released
            // (an exception's `__str__` may read them): flushes stdout; if an exception is
            // pending prints its traceback to stderr and drops it. Returns the exit status.
            nx_report_uncaught() -> Raw, Never;
            // Called last by `main` with that status: flushes stdout, checks for leaks
            // (`NATRIX_CHECK_LEAKS`, when nothing was uncaught). Returns the status.
            nx_finish(Raw) -> Raw, Never;
            // Whether `main` must release what the globals hold before `nx_finish` (only for
            // the leak check of `NATRIX_CHECK_LEAKS`; the process's end frees the rest).
            nx_teardown_wanted() -> I8, Never;
            // Frees an object whose reference count reached zero.
            nx_dealloc(Obj) -> Void, Never;

            // ---- exceptions ----
            // Raise `kind` (an `ExcKind` code) with a message.
            nx_raise_cstr(Raw, CStr) -> Void, Never;
            // Raise RecursionError (the call depth passed the limit).
            nx_raise_recursion() -> Void, Never;
            // Stops the program: control reached a point the compiler proved unreachable
            // (function name, file), a compiler bug made loud instead of undefined.
            nx_unreachable(CStr, CStr) -> Void, Never;
            // `sys.exit(code)` / `sys.exit(message)`: raise SystemExit.
            nx_sys_exit(Int) -> Void, Flag;
            nx_sys_exit_str(Obj) -> Void, Flag;
            nx_sys_exit_none() -> Void, Flag;
            nx_sys_exit_dyn(Obj) -> Void, Flag;
            // `sys.argv` (a new list of strs), `sys.setrecursionlimit(n)`, `sys.getrecursionlimit()`.
            nx_sys_argv() -> Obj, Null;
            // sys.platform, from the system the runtime was compiled for.
            nx_sys_platform() -> Obj, Null;
            nx_set_recursion_limit(Int) -> Void, Flag;
            nx_get_recursion_limit() -> Int, Never;
            // `input(prompt)` (EOFError at the end of input), `sys.stdin.read()`,
            // `sys.stdin.readline()`, `sys.stdin.readlines()`.
            nx_input(Obj) -> Obj, Null;
            nx_stdin_read() -> Obj, Null;
            nx_stdin_readline() -> Obj, Null;
            nx_stdin_readlines() -> Obj, Null;
            // Record a traceback entry while an exception propagates: function, file, line.
            nx_traceback_push(CStr, CStr, Raw) -> Void, Never;
            // The same `n` times more, for frames a loop stands for (accumulated recursion):
            // function, file, line, n.
            nx_traceback_repeat(CStr, CStr, Raw, Raw) -> Void, Never;
            // The same, where an `except` or `finally` of the frame is about to handle it.
            nx_traceback_catch(CStr, CStr, Raw) -> Void, Never;
            // Raise `kind` with a message str (`raise ValueError(msg)`).
            nx_raise_str(Raw, Obj) -> Void, Never;
            // Raise `kind` with an argument whose str is its repr (`raise KeyError(0)`): the
            // kind (a small int), the argument's str.
            nx_raise_repr(Int, Obj) -> Void, Flag;
            // d[None] of a dict with no None key.
            nx_raise_key_none() -> Void, Flag;
            // Whether the pending exception is an instance of the class `kind`.
            nx_exc_matches(Raw) -> I8, Never;
            // Take the pending exception as an exception object (new reference); nothing is
            // pending afterwards (`except … as e`, and saving it around a `finally`).
            nx_exc_take() -> Obj, Never;
            // `raise e` of a caught exception object (a new traceback entry for this frame).
            nx_exc_reraise(Obj) -> Void, Never;
            // A bare `raise` in the clause that caught this object, or the end of a `finally`
            // body run by it: raised again, its traceback going on from this frame.
            nx_exc_resume(Obj) -> Void, Flag;
            // A bare `raise` outside an `except` clause: the exception a caller is handling.
            nx_exc_reraise_current() -> Void, Flag;
            // Entering / leaving (by any path) a handler of this exception object: exceptions
            // raised in between get it as their `__context__`.
            nx_exc_enter(Obj) -> Void, Never;
            nx_exc_leave(Obj) -> Void, Never;
            // `raise X from c`: the next exception raised gets the exception object or
            // instance `c` as its `__cause__`; `raise X from None`: it hides its context.
            nx_exc_set_cause(Obj) -> Void, Never;
            nx_exc_set_cause_none() -> Void, Never;
            nx_exc_keep_cause(Obj) -> Void, Never;
            // `e.__cause__` (0) / `e.__context__` (1): a new reference, null for None.
            nx_exc_link(Obj, Int) -> Obj, Never;
            // The exception being handled (a new reference), or null for None.
            nx_exc_handled() -> Obj, Never;
            // Raise an instance of a user exception class (`raise AppError("x", 3)`).
            nx_raise_instance(Obj) -> Void, Flag;
            // Whether the pending exception is an instance of the user class whose table is at
            // this address (or of a class deriving from it).
            nx_exc_matches_class(Raw) -> I8, Never;
            // Whether the pending exception is an instance of a class held in a value (a class
            // object, or a tuple of them: `except self.retry_on:`).
            nx_exc_matches_value(Obj) -> I8, Never;
            // `raise v` of a value of run-time type: an exception object or an instance of a
            // user exception class, else TypeError.
            nx_raise_dyn(Obj) -> Void, Flag;
            // `ValueError("bad")` as a value: a new exception object of this class (an
            // `ExcKind` code) made with this str argument (0), an argument whose str is this
            // repr (1), or no argument (2).
            nx_exc_new(Int, Obj, Int) -> Obj, Null;
            nx_exc_new_args(Int, Obj) -> Obj, Null;
            // CPython's text of an exception object: its traceback and chain as printed when
            // uncaught (0), or its last line alone (1).
            nx_exc_format(Obj, Int) -> Obj, Null;
            // An exception object's `errno`, `strerror`, `filename` or `filename2` (0 to 3): an
            // OSError's, as a dynamic value; AttributeError for other exceptions.
            nx_exc_os_attr(Obj, Int) -> Obj, Flag;
            // `isinstance(e, C)` of an exception object: whether it carries an instance of the
            // user class whose table is at this address (or of a class deriving from it).
            nx_exc_is_class(Obj, Raw) -> I8, Never;
            // `isinstance(e, ValueError)` of an exception object: whether its class derives
            // from this builtin exception class (an `ExcKind` code).
            nx_exc_is_kind(Obj, Int) -> I8, Never;
            // The user-class instance an exception object carries (new reference), for
            // `except AppError as e`.
            nx_exc_instance(Obj) -> Obj, Never;
            // The instance an exception object carries, else the object (new reference).
            nx_exc_instance_or_self(Obj) -> Obj, Never;
            nx_dyn_unwrap_exc(Obj) -> Obj, Never;
            nx_gen_exhausted(Obj) -> Void, Never;
            // `super().__str__()` (0) / `super().__repr__()` (1) reaching `object` or `BaseException`.
            nx_instance_base_text(Obj, Int) -> Obj, Null;
            // `e.args` of an exception object (a dynamic value): a user exception's own `args`,
            // else a 1-tuple of its message (or `()`).
            nx_exc_args(Obj) -> Obj, Null;
            // `e.code` of a SystemExit (dynamic: None is null); AttributeError for others.
            nx_exc_code(Obj) -> Obj, Flag;
            // `e.__suppress_context__` of an exception object.
            nx_exc_suppress_context(Obj) -> I8, Never;
            // As a generator's body (its frame) is left by an exception: PEP 479 (a
            // StopIteration becomes RuntimeError, caused by it), then the frame lets go of the
            // locals it kept.
            nx_gen_leaving(Obj) -> Void, Never;
            // A new instance of a user class with this many attribute slots and the address of
            // its `ClassTable`. The slots are not written: the compiled code sets each one
            // unset (`ATTR_UNSET` bits in a `None` item) right after the call, before anything
            // can look at the instance, so that LLVM drops the stores `__init__` overwrites.
            nx_instance_new(Raw, Raw) -> Obj, Null;
            // The same for a class whose instances can never be part of a reference cycle
            // (`ClassTable::acyclic`): the cycle collector does not track them.
            nx_instance_new_acyclic(Raw, Raw) -> Obj, Null;
            // The same for an acyclic class whose attributes are all floats, bools or `None`
            // (`Tracking::Plain`): freeing an instance releases nothing.
            nx_instance_new_plain(Raw, Raw) -> Obj, Null;
            // Attribute slot `i` (0-based) of an instance, as element bits with a new reference;
            // AttributeError naming the attribute (a str) when it was never set.
            nx_instance_get(Obj, Raw, Obj) -> Raw, Flag;
            // `del obj.attr` of attribute slot `i` (a tagged int): released and unset;
            // AttributeError naming the attribute (a str) when it was never set.
            nx_instance_del(Obj, Int, Obj) -> Void, Flag;
            // The default repr of an instance: `<__main__.Name object at 0x…>`.
            nx_instance_repr(Obj) -> Obj, Null;
            // str() of any object, through its type's `str` slot (falling back to `repr`).
            nx_obj_str(Obj) -> Obj, Null;
            // The qualified name of an object's class, as `print(type(x))` shows it
            // (`__main__.Point`, `collections.Counter`, `list`; null: `NoneType`).
            nx_type_qualname(Obj) -> Obj, Null;
            // `f.__name__` of a function object.
            nx_func_name(Obj) -> Obj, Null;
            // `functools.wraps`: the first function object takes the second's name.
            nx_func_copy_name(Obj, Obj) -> Void, Never;
            // `g.close()` of a generator (what its `finally` raises goes on).
            nx_gen_close(Obj) -> Void, Flag;
            // Raises the StopIteration of a finished generator: with the value its `return`
            // gave as its one argument, if any.
            nx_gen_stop(Obj) -> Void, Flag;
            nx_gen_send(Obj, Obj) -> Void, Flag;
            // `g.throw(exc)`: staged for the `yield` it resumes at, or raised at once.
            nx_gen_throw(Obj, Obj) -> Void, Flag;
            // At a `yield` being closed or thrown into: the thrown exception, or GeneratorExit.
            nx_gen_raise_at_yield(Obj) -> Void, Flag;
            nx_gen_take_sent(Obj) -> Obj, Never;
            // What `yield from` of a finished generator gives: the value its `return` gave
            // (dynamic, a new reference; None is null).
            nx_gen_result(Obj) -> Obj, Never;
            // The same for a source of run-time type (dynamic): None unless it is a generator.
            nx_dyn_gen_result(Obj) -> Obj, Never;
            // `e.value` of a StopIteration: its first argument, or None (dynamic).
            nx_exc_value(Obj) -> Obj, Flag;
            // `type(e)` as a class object (the `exc_type` a `with` passes to `__exit__`).
            nx_class_of(Obj) -> Obj, Null;
            // `type(x).__qualname__` (as `nx_type_name` but for a nested class).
            nx_type_qualname_dunder(Obj) -> Obj, Null;
            // `cls is K` (exact) or `issubclass(cls, K)` of a class object and K's qualified
            // name: 0/1, or 2 after raising (cls is no class).
            nx_class_test(Obj, Obj, Raw) -> I8, Flag;
            nx_isinstance_class(Obj, Obj) -> I8, Flag;
            // `issubclass(cls, classes)`: classes a class object or a tuple of them.
            nx_issubclass_value(Obj, Obj) -> I8, Flag;
            // `x.__name__` of a dynamic value that is no instance: a class object's name, else
            // AttributeError.
            nx_dyn_class_name(Obj) -> Obj, Null;
            nx_dyn_is_class_named(Obj, Obj) -> I8, Never;
            // `type(obj).__name__` (an instance's class, an exception's class; null: NoneType).
            nx_type_name(Obj) -> Obj, Null;

            // ---- printing to the buffered stdout ----
            nx_print_str(Obj) -> Void, Never;
            nx_print_int(Int) -> Void, Flag;
            nx_print_float(F64) -> Void, Never;
            nx_print_bool(I8) -> Void, Never;
            nx_print_none() -> Void, Never;

            // ---- str ----
            // An immortal str from UTF-8 bytes (string literals, made once at start-up).
            nx_str_literal(Bytes, Raw) -> Obj, Never;
            // `s = s + t` of a str variable: consumes the reference to `s`; grows it in place
            // when nothing else refers to it.
            nx_str_iadd(Obj, Obj) -> Obj, Null;
            nx_str_concat(Obj, Obj) -> Obj, Null;
            // `a + b + c + …` of strs: an array of `n` str pointers, concatenated at once.
            nx_str_concat_n(Bytes, Raw) -> Obj, Null;
            // `ascii()` of a repr: non-ASCII characters as `\x..`, `\u....`, `\U........`.
            nx_str_ascii(Obj) -> Obj, Null;
            nx_str_repeat(Obj, Int) -> Obj, Null;
            nx_str_eq(Obj, Obj) -> I8, Never;
            // -1, 0 or 1 by code-point order.
            nx_str_compare(Obj, Obj) -> Raw, Never;
            // Length in code points, as a tagged int.
            nx_str_len(Obj) -> Int, Never;
            nx_str_hash(Obj) -> Int, Never;
            nx_int_to_str(Int) -> Obj, Null;
            // repr() of a float, CPython's shortest round-trip form.
            nx_float_to_str(F64) -> Obj, Null;
            // int(s): ValueError on a malformed literal.
            nx_str_to_int(Obj) -> Int, IntTag;
            // float(s): ValueError on a malformed literal.
            nx_str_to_float(Obj) -> F64, Flag;

            // ---- formatting: format(value, spec) and f-string fields ----
            nx_format_int(Int, Obj) -> Obj, Null;
            nx_format_float(F64, Obj) -> Obj, Null;
            nx_format_str(Obj, Obj) -> Obj, Null;
            nx_format_bool(I8, Obj) -> Obj, Null;
            nx_format_none(Obj) -> Obj, Null;
            // repr() of a str, CPython's quotes and escapes.
            nx_str_repr(Obj) -> Obj, Null;

            // ---- list: elements live in 8-byte slots; the list's element kind (`ElemKind`,
            // fixed at creation) says how to read, compare, print and refcount them. Elements
            // are passed and returned as `Raw` bits (see `ElemKind`).
            // A new empty list of a kind, with room for `capacity` elements.
            nx_list_new(Raw, Raw) -> Obj, Null;
            // Appends (the list takes its own reference to the element).
            nx_list_append(Obj, Raw) -> Void, Flag;
            nx_list_len(Obj) -> Int, Never;
            // xs[i] (negative too), as a new reference; IndexError "list index out of range".
            nx_list_get(Obj, Int) -> Raw, Flag;
            // xs[i] = v; IndexError "list assignment index out of range".
            nx_list_set(Obj, Int, Raw) -> Void, Flag;
            // xs.pop() / xs.pop(i): the element's reference moves to the caller.
            nx_list_pop(Obj) -> Raw, Flag;
            nx_list_pop_at(Obj, Int) -> Raw, Flag;
            // del xs[i]
            nx_list_del_item(Obj, Int) -> Void, Flag;
            nx_list_insert(Obj, Int, Raw) -> Void, Flag;
            // v in xs
            nx_list_contains(Obj, Raw) -> I8, Flag;
            // xs.index(v): ValueError "<repr> is not in list".
            nx_list_index(Obj, Raw) -> Int, IntTag;
            // xs.index(v, start, stop): the same within `xs[start:stop]` (the bounds clamped
            // as a slice's; an absent stop is passed as the largest small int).
            nx_list_index_in(Obj, Raw, Int, Int) -> Int, IntTag;
            // `xs.index/count/remove(x)` (op 0/1/2; 3: `t.index(x)` of a tuple's items) for
            // an `x` (dynamic) of another kind than the items. IntTag: raised.
            nx_list_search_dyn(Obj, Obj, Int) -> Int, IntTag;
            // `t.index(v)` of a tuple of any length, as the list of its items.
            nx_tuple_items_index(Obj, Raw) -> Int, IntTag;
            nx_list_count(Obj, Raw) -> Int, Flag;
            // xs.remove(v): ValueError when no element equals v.
            nx_list_remove(Obj, Raw) -> Void, Flag;
            // ==, and lexicographic -1/0/1 (2: unordered, a NaN decided) for < <= > >=. These
            // compare elements, which can raise (TypeError between unorderable nested values,
            // RecursionError), so they report through the flag.
            nx_list_eq(Obj, Obj) -> I8, Flag;
            nx_list_compare(Obj, Obj) -> Raw, Flag;
            nx_list_concat(Obj, Obj) -> Obj, Null;
            nx_list_repeat(Obj, Int) -> Obj, Null;
            // xs += ys / xs.extend(ys) of one element type, and xs *= n: in place.
            nx_list_extend(Obj, Obj) -> Void, Flag;
            nx_list_irepeat(Obj, Int) -> Void, Flag;
            nx_list_copy(Obj) -> Obj, Null;
            nx_list_clear(Obj) -> Void, Never;
            nx_list_reverse(Obj) -> Void, Never;
            // xs.sort(): stable, natural order of ints, floats, bools or strs.
            nx_list_sort(Obj) -> Void, Flag;
            // Sort a list stably by a parallel list of keys (the list itself to sort by the
            // items), descending when the flag is 1 (`sorted(xs, key=f, reverse=True)`).
            nx_list_sort_by(Obj, Obj, I8) -> Void, Flag;
            // sum(xs) of a list of ints (or bools) / of floats.
            nx_list_sum_int(Obj) -> Int, IntTag;
            nx_list_sum_float(Obj) -> F64, Flag;
            // xs[start:stop:step] with CPython's slice rules; `has` bit 0/1/2 says whether
            // start/stop/step were given (else None). ValueError "slice step cannot be zero".
            nx_list_slice(Obj, Int, Int, Int, Raw) -> Obj, Null;
            // xs[start:stop:step] = ys (`has` as for nx_list_slice; ys a list of the same kind).
            nx_list_set_slice(Obj, Int, Int, Int, Raw, Obj) -> Void, Flag;
            // xs[start:stop:step] = ys[s_start:s_stop:s_step] without the list ys[…] (`has`
            // and `s_has` as for nx_list_slice).
            nx_list_set_slice_from(Obj, Int, Int, Int, Raw, Obj, Int, Int, Int, Raw) -> Void, Flag;
            // del xs[start:stop:step].
            nx_list_del_slice(Obj, Int, Int, Int, Raw) -> Void, Flag;

            // ---- str methods and operations ----
            // s[i] (negative too); IndexError "string index out of range".
            nx_str_getitem(Obj, Int) -> Obj, Null;
            // s[start:stop:step]; `has` as for nx_list_slice.
            nx_str_slice(Obj, Int, Int, Int, Raw) -> Obj, Null;
            // needle in s
            nx_str_contains(Obj, Obj) -> I8, Never;
            nx_str_find(Obj, Obj) -> Int, Never;
            nx_str_rfind(Obj, Obj) -> Int, Never;
            // ValueError "substring not found".
            nx_str_index(Obj, Obj) -> Int, IntTag;
            nx_str_rindex(Obj, Obj) -> Int, IntTag;
            nx_str_count(Obj, Obj) -> Int, Never;
            nx_str_startswith(Obj, Obj) -> I8, Never;
            nx_str_removeprefix(Obj, Obj) -> Obj, Null;
            nx_str_removesuffix(Obj, Obj) -> Obj, Null;
            nx_str_casefold(Obj) -> Obj, Null;
            nx_str_isnumeric(Obj) -> I8, Never;
            nx_str_isdecimal(Obj) -> I8, Never;
            nx_str_isprintable(Obj) -> I8, Never;
            // OverflowError for a tab size past 2^40.
            nx_str_expandtabs(Obj, Int) -> Obj, Null;
            // The same over `s[start:end]` (tagged ints; `end` is SMALL_INT_MAX when not given).
            nx_str_find_in(Obj, Obj, Int, Int) -> Int, Never;
            nx_str_rfind_in(Obj, Obj, Int, Int) -> Int, Never;
            nx_str_index_in(Obj, Obj, Int, Int) -> Int, IntTag;
            nx_str_rindex_in(Obj, Obj, Int, Int) -> Int, IntTag;
            nx_str_count_in(Obj, Obj, Int, Int) -> Int, Never;
            nx_str_startswith_in(Obj, Obj, Int, Int) -> I8, Never;
            nx_str_startswith_any_in(Obj, Obj, Int, Int) -> I8, Never;
            nx_str_endswith_any_in(Obj, Obj, Int, Int) -> I8, Never;
            nx_str_endswith_in(Obj, Obj, Int, Int) -> I8, Never;
            // `s.startswith((a, b))` / `s.endswith((a, b))`, the tuple as a list of strs.
            nx_str_startswith_any(Obj, Obj) -> I8, Never;
            nx_str_endswith_any(Obj, Obj) -> I8, Never;
            nx_str_endswith(Obj, Obj) -> I8, Never;
            nx_str_upper(Obj) -> Obj, Null;
            nx_str_lower(Obj) -> Obj, Null;
            nx_str_capitalize(Obj) -> Obj, Null;
            nx_str_title(Obj) -> Obj, Null;
            nx_str_swapcase(Obj) -> Obj, Null;
            // strip()/lstrip()/rstrip() of whitespace, and of the given characters.
            nx_str_strip(Obj) -> Obj, Null;
            nx_str_lstrip(Obj) -> Obj, Null;
            nx_str_rstrip(Obj) -> Obj, Null;
            nx_str_strip_chars(Obj, Obj) -> Obj, Null;
            nx_str_lstrip_chars(Obj, Obj) -> Obj, Null;
            nx_str_rstrip_chars(Obj, Obj) -> Obj, Null;
            // replace(old, new) and replace(old, new, count).
            nx_str_replace(Obj, Obj, Obj) -> Obj, Null;
            nx_str_replace_count(Obj, Obj, Obj, Int) -> Obj, Null;
            // split() on whitespace, split(sep) (ValueError "empty separator"), with maxsplit,
            // and rsplit: each returns a new list of str (ElemKind::Obj).
            nx_str_split_iter(Obj, Obj) -> Obj, Null;
            nx_str_split_next(Obj) -> Obj, Never;
            nx_str_split_ws(Obj) -> Obj, Null;
            nx_str_split(Obj, Obj) -> Obj, Null;
            // `s.split(None, maxsplit)`, `s.rsplit(None, maxsplit)`.
            nx_str_split_ws_max(Obj, Int) -> Obj, Null;
            nx_str_rsplit_ws_max(Obj, Int) -> Obj, Null;
            // `s.partition(sep)` / `s.rpartition(sep)`: a new tuple of three strs
            nx_str_partition(Obj, Obj) -> Obj, Null;
            nx_str_rpartition(Obj, Obj) -> Obj, Null;
            nx_str_split_max(Obj, Obj, Int) -> Obj, Null;
            nx_str_rsplit_max(Obj, Obj, Int) -> Obj, Null;
            nx_str_splitlines(Obj) -> Obj, Null;
            nx_str_splitlines_keepends(Obj, I8) -> Obj, Null;
            // sep.join(list of str); TypeError "sequence item N: expected str instance" cannot
            // happen for a typed list.
            nx_str_join(Obj, Obj) -> Obj, Null;
            // sep.join(values) of a list of dynamic values (TypeError for a non-str).
            nx_str_join_dyn(Obj, Obj) -> Obj, Null;
            nx_str_isdigit(Obj) -> I8, Never;
            nx_str_isalpha(Obj) -> I8, Never;
            nx_str_isalnum(Obj) -> I8, Never;
            nx_str_isascii(Obj) -> I8, Never;
            nx_str_isidentifier(Obj) -> I8, Never;
            nx_str_isspace(Obj) -> I8, Never;
            nx_str_isupper(Obj) -> I8, Never;
            nx_str_islower(Obj) -> I8, Never;
            nx_str_istitle(Obj) -> I8, Never;
            // center/ljust/rjust(width, fillchar); fillchar must be one character (TypeError
            // "The fill character must be exactly one character long").
            nx_str_center(Obj, Int, Obj) -> Obj, Null;
            nx_str_ljust(Obj, Int, Obj) -> Obj, Null;
            nx_str_rjust(Obj, Int, Obj) -> Obj, Null;
            nx_str_zfill(Obj, Int) -> Obj, Null;
            // `str.maketrans(x, y[, z])` (z empty when absent): a dict with these key and
            // value element kinds (as tagged ints).
            nx_str_maketrans(Obj, Obj, Obj, Int, Int) -> Obj, Null;
            nx_str_maketrans_dict(Obj, Int, Int) -> Obj, Null;
            // `s.translate(table)`.
            nx_str_translate(Obj, Obj) -> Obj, Null;
            // ord(c): TypeError "ord() expected a character, but string of length N found".
            nx_str_ord(Obj) -> Int, IntTag;
            // chr(i): ValueError "chr() arg not in range(0x110000)".
            nx_chr(Int) -> Obj, Null;
            // list(s): the characters, as a new list of str.
            nx_str_chars(Obj) -> Obj, Null;

            // ---- math: libm with CPython's errors ("math domain error" ValueError, "math range
            // error" OverflowError) ----
            nx_math_sqrt(F64) -> F64, Flag;
            nx_math_exp(F64) -> F64, Flag;
            nx_math_log(F64) -> F64, Flag;
            nx_math_log_base(F64, F64) -> F64, Flag;
            nx_math_log10(F64) -> F64, Flag;
            nx_math_log2(F64) -> F64, Flag;
            // math.log / log10 / log2 (0, 1, 2) of an int, also past the float range.
            nx_math_log_int(Int, Int) -> F64, Flag;
            nx_math_pow(F64, F64) -> F64, Flag;
            nx_math_sin(F64) -> F64, Flag;
            nx_math_cos(F64) -> F64, Flag;
            nx_math_tan(F64) -> F64, Flag;
            nx_math_asin(F64) -> F64, Flag;
            nx_math_acos(F64) -> F64, Flag;
            nx_math_atan(F64) -> F64, Never;
            nx_math_atan2(F64, F64) -> F64, Never;
            nx_math_sinh(F64) -> F64, Flag;
            nx_math_cosh(F64) -> F64, Flag;
            nx_math_tanh(F64) -> F64, Never;
            nx_math_expm1(F64) -> F64, Flag;
            nx_math_log1p(F64) -> F64, Flag;
            nx_math_asinh(F64) -> F64, Flag;
            nx_math_acosh(F64) -> F64, Flag;
            nx_math_atanh(F64) -> F64, Flag;
            nx_math_erf(F64) -> F64, Flag;
            nx_math_erfc(F64) -> F64, Flag;
            nx_math_hypot(F64, F64) -> F64, Flag;
            nx_math_hypot_list(Obj) -> F64, Flag;
            nx_math_dist(Obj, Obj) -> F64, Flag;
            nx_math_fmod(F64, F64) -> F64, Flag;
            nx_math_remainder(F64, F64) -> F64, Flag;
            nx_math_nextafter(F64, F64) -> F64, Never;
            nx_math_ulp(F64) -> F64, Never;
            nx_math_cbrt(F64) -> F64, Flag;
            nx_math_exp2(F64) -> F64, Flag;
            nx_math_copysign(F64, F64) -> F64, Never;
            nx_math_fabs(F64) -> F64, Never;
            nx_math_degrees(F64) -> F64, Never;
            nx_math_radians(F64) -> F64, Never;
            // floor/ceil/trunc of a float, as an int (OverflowError/ValueError for inf/nan).
            nx_math_floor(F64) -> Int, IntTag;
            nx_math_ceil(F64) -> Int, IntTag;
            nx_math_trunc(F64) -> Int, IntTag;
            // math.isclose(a, b, rel_tol, abs_tol); ValueError for a negative tolerance.
            nx_math_isclose(F64, F64, F64, F64) -> I8, Flag;
            nx_math_isnan(F64) -> I8, Never;
            nx_math_isinf(F64) -> I8, Never;
            nx_math_isfinite(F64) -> I8, Never;
            nx_math_isqrt(Int) -> Int, IntTag;
            nx_math_gcd(Int, Int) -> Int, IntTag;
            nx_math_factorial(Int) -> Int, IntTag;
            // math.comb(n, k), math.perm(n, k): ValueError for a negative argument.
            nx_math_comb(Int, Int) -> Int, IntTag;
            nx_math_perm(Int, Int) -> Int, IntTag;
            nx_math_lcm(Int, Int) -> Int, IntTag;

            // ---- tuple: immutable; item i is an 8-byte slot with its own `ElemKind` ----
            // A new tuple of `n` items, each `None` until initialised.
            nx_tuple_new(Raw) -> Obj, Null;
            // The same for a tuple whose items hold no reference to a container or instance
            // (ints, floats, bools, strs, None): the cycle collector does not track it.
            nx_tuple_new_scalar(Raw) -> Obj, Null;
            // `nx_tuple_new` and `nx_tuple_new_scalar` for the compiled code, which writes
            // every item (value and kind) right after the call: the items are not written.
            nx_tuple_alloc(Raw) -> Obj, Null;
            nx_tuple_alloc_scalar(Raw) -> Obj, Null;
            // Initialises item `index` (kind, bits); the tuple takes its own reference.
            nx_tuple_init(Obj, Raw, Raw, Raw) -> Void, Never;
            // ---- cells (variables shared with nested functions; set with nx_tuple_init) ----
            nx_cell_new() -> Obj, Null;
            // A function value with this many items (number, name, environment), to fill with
            // nx_tuple_init.
            nx_func_new(Raw) -> Obj, Null;
            // Makes a filled function value (number, name, object) a bound method: equal to
            // another binding the same object to the same function.
            nx_func_bind(Obj) -> Void, Never;
            nx_func_as_class(Obj) -> Void, Never;
            // A dataclass `__repr__` starting on an instance: 1 if one runs on it already
            // (it prints `...`), else 0 and the instance is marked until `nx_repr_leave`.
            nx_repr_enter(Obj) -> I8, Never;
            nx_repr_leave(Obj) -> Void, Never;
            // `f is g` of two function values (two of one module-level function are one).
            nx_func_same(Obj, Obj) -> I8, Never;
            // A generator frame with this many items (state, name, locals).
            nx_gen_new(Raw) -> Obj, Null;
            // The variable's value as element bits (new reference); when it was never
            // assigned, NameError naming the variable (a str) if the cell is a free variable
            // (the flag), else UnboundLocalError.
            nx_cell_get(Obj, Obj, I8) -> Raw, Flag;
            // Item `index` (in range, checked by the compiler) as a new reference.
            nx_tuple_get(Obj, Raw) -> Raw, Never;
            // A list of a tuple's items, all of one type (`for x in t`); the element kind is
            // passed as a (small, tagged) int.
            nx_tuple_to_list(Obj, Int) -> Obj, Null;
            // `zip(*rows)` of a list of lists or tuples: the list of its tuples (as many as the
            // shortest row has items).
            nx_zip_star(Obj) -> Obj, Null;
            // `zip(*rows)` of a list of values of run-time type (each a list, tuple or str).
            nx_zip_star_dyn(Obj) -> Obj, Null;
            // `template.format(*args)` of a template known only at run time, the arguments in
            // a tuple.
            nx_str_format_args(Obj, Obj) -> Obj, Null;
            // bytes_text.rs: padding, splitlines, rsplit, prefixes, case, tabs, hex(sep).
            nx_bytes_ljust(Obj, Int) -> Obj, Null;
            nx_bytes_rjust(Obj, Int) -> Obj, Null;
            nx_bytes_center(Obj, Int) -> Obj, Null;
            nx_bytes_ljust_fill(Obj, Int, Obj) -> Obj, Null;
            nx_bytes_rjust_fill(Obj, Int, Obj) -> Obj, Null;
            nx_bytes_center_fill(Obj, Int, Obj) -> Obj, Null;
            nx_bytes_zfill(Obj, Int) -> Obj, Null;
            nx_bytes_splitlines(Obj) -> Obj, Null;
            nx_bytes_splitlines_keepends(Obj, I8) -> Obj, Null;
            nx_bytes_rsplit_ws(Obj) -> Obj, Null;
            nx_bytes_rsplit(Obj, Obj) -> Obj, Null;
            nx_bytes_rsplit_max(Obj, Obj, Int) -> Obj, Null;
            nx_bytes_removeprefix(Obj, Obj) -> Obj, Null;
            nx_bytes_removesuffix(Obj, Obj) -> Obj, Null;
            nx_bytes_capitalize(Obj) -> Obj, Null;
            nx_bytes_title(Obj) -> Obj, Null;
            nx_bytes_swapcase(Obj) -> Obj, Null;
            nx_bytes_istitle(Obj) -> I8, Never;
            nx_bytes_isascii(Obj) -> I8, Never;
            nx_bytes_expandtabs(Obj, Int) -> Obj, Null;
            nx_bytes_hex_sep(Obj, Obj, Int) -> Obj, Null;
            // ord() of a bytes object of one byte.
            nx_bytes_ord(Obj) -> Int, IntTag;
            // b.startswith((x, y)) / b.endswith((x, y)) (the last argument 1 for endswith).
            nx_bytes_affix_any(Obj, Obj, I8) -> I8, Never;
            // b.find(sub, start)
            nx_bytes_find_from(Obj, Obj, Int) -> Int, Never;
            // int(b) of a bytes object.
            nx_bytes_to_int(Obj) -> Int, IntTag;
            // The same with keyword arguments: a dict from their names to their values.
            nx_str_format_kwargs(Obj, Obj, Obj) -> Obj, Null;
            // `template % args` of a template known only at run time, the values in a tuple.
            nx_str_percent_args(Obj, Obj) -> Obj, Null;
            // ---- bytes ----
            // A literal (its bytes as the code points U+0000..U+00FF of a str).
            nx_bytes_literal(Obj) -> Obj, Null;
            // `s.encode(encoding)`, `b.decode(encoding)`.
            nx_str_encode(Obj, Obj, Obj) -> Obj, Null;
            nx_bytes_decode(Obj, Obj, Obj) -> Obj, Null;
            // `len(b)`, `b[i]`, `b[a:b:c]` (as `nx_str_slice`), `a + b`, `b * n`.
            nx_bytes_len(Obj) -> Int, Never;
            nx_bytes_getitem(Obj, Int) -> Int, IntTag;
            nx_bytes_slice(Obj, Int, Int, Int, Raw) -> Obj, Null;
            nx_bytes_concat(Obj, Obj) -> Obj, Null;
            nx_bytes_repeat(Obj, Int) -> Obj, Null;
            // `a <op> b` (op: a tagged comparison code: == != < <= > >=).
            nx_bytes_cmp(Obj, Obj, Int) -> I8, Never;
            // `x in b` of an int (ValueError outside 0..256) or of a bytes object.
            nx_bytes_contains(Obj, Int) -> I8, Flag;
            nx_bytes_contains_bytes(Obj, Obj) -> I8, Never;
            // `bytes(ints)`, `bytes(n)`, `list(b)`, `b.hex()`, `hash(b)`.
            nx_bytes_from_list(Obj) -> Obj, Null;
            nx_bytes_zeros(Int) -> Obj, Null;
            nx_bytes_to_list(Obj) -> Obj, Null;
            nx_bytes_hex(Obj) -> Obj, Null;
            nx_bytes_hash(Obj) -> Int, Never;
            // `sep.join(list_of_bytes)`, `b.startswith(prefix)`, `b.endswith(suffix)`.
            nx_bytes_join(Obj, Obj) -> Obj, Null;
            nx_bytes_startswith(Obj, Obj) -> I8, Never;
            // The searching, splitting, stripping and classifying methods of bytes.
            nx_bytes_find(Obj, Obj) -> Int, Never;
            nx_bytes_rfind(Obj, Obj) -> Int, Never;
            nx_bytes_index(Obj, Obj) -> Int, IntTag;
            nx_bytes_rindex(Obj, Obj) -> Int, IntTag;
            nx_bytes_count(Obj, Obj) -> Int, Never;
            nx_bytes_replace(Obj, Obj, Obj) -> Obj, Null;
            nx_bytes_replace_count(Obj, Obj, Obj, Int) -> Obj, Null;
            nx_bytes_split_ws(Obj) -> Obj, Null;
            nx_bytes_split(Obj, Obj) -> Obj, Null;
            nx_bytes_split_max(Obj, Obj, Int) -> Obj, Null;
            nx_bytes_strip(Obj) -> Obj, Null;
            nx_bytes_lstrip(Obj) -> Obj, Null;
            nx_bytes_rstrip(Obj) -> Obj, Null;
            nx_bytes_strip_chars(Obj, Obj) -> Obj, Null;
            nx_bytes_lstrip_chars(Obj, Obj) -> Obj, Null;
            nx_bytes_rstrip_chars(Obj, Obj) -> Obj, Null;
            nx_bytes_upper(Obj) -> Obj, Null;
            nx_bytes_lower(Obj) -> Obj, Null;
            nx_bytes_isdigit(Obj) -> I8, Never;
            nx_bytes_isalpha(Obj) -> I8, Never;
            nx_bytes_isalnum(Obj) -> I8, Never;
            nx_bytes_isspace(Obj) -> I8, Never;
            nx_bytes_isupper(Obj) -> I8, Never;
            nx_bytes_islower(Obj) -> I8, Never;
            nx_bytes_partition(Obj, Obj) -> Obj, Null;
            nx_bytes_rpartition(Obj, Obj) -> Obj, Null;
            // `bytes.fromhex(s)`.
            nx_bytes_fromhex(Obj) -> Obj, Null;
            nx_bytes_endswith(Obj, Obj) -> I8, Never;
            // `print(…, file=sys.stderr)`: the print primitives write to fd 2 (a tagged 2)
            // until switched back to 1 (which writes that text out); `flush=True`.
            nx_print_to(Int) -> Void, Never;
            nx_flush_stdout() -> Void, Never;
            // The same with a dict (`%(key)s` looks keys up), and with a dynamic value.
            nx_str_percent_map(Obj, Obj) -> Obj, Null;
            nx_str_percent_dyn(Obj, Obj) -> Obj, Null;
            // `d.keys()`/`values()`/`items()` (which: 0, 1, 2, tagged): a view of the dict, laid
            // out as the list of what it shows; `nx_view_refresh` brings a kept view up to date
            // with its dict (nothing for a plain list).
            nx_dict_view(Obj, Int) -> Obj, Null;
            nx_view_refresh(Obj) -> Void, Flag;
            // `range(start, stop, step)` kept as a value: laid out as the list of its values.
            nx_range_new(Int, Int, Int) -> Obj, Null;
            // `a + b` of tuples: the items of both.
            nx_tuple_concat(Obj, Obj) -> Obj, Null;
            // `t * n` (`n` an int; empty for `n <= 0`).
            nx_tuple_repeat(Obj, Int) -> Obj, Null;
            // `tuple(xs)`: a tuple of a list's items.
            nx_tuple_from_list(Obj) -> Obj, Null;
            // t[start:stop:step] of a tuple (`has` as for nx_list_slice).
            nx_tuple_slice(Obj, Int, Int, Int, Raw) -> Obj, Null;
            // `len(t)`, tagged.
            nx_tuple_len(Obj) -> Int, Never;
            // `t[i]` (negative counts from the end) as element bits, a new reference;
            // IndexError "tuple index out of range".
            nx_tuple_getitem(Obj, Int) -> Raw, Flag;
            // Item `index` of `t` unpacked into `count` targets (a new reference); ValueError
            // "not enough values to unpack (expected 3, got 2)" / "too many values to unpack
            // (expected 1)" when the length differs.
            nx_tuple_unpack_item(Obj, Int, Int) -> Raw, Flag;
            nx_tuple_eq(Obj, Obj) -> I8, Flag;
            // Lexicographic: -1, 0, 1, or 2 when a NaN decided.
            nx_tuple_compare(Obj, Obj) -> Raw, Flag;
            // hash(t), CPython's tuple hash (xxHash-based, 3.8+).
            nx_tuple_hash(Obj) -> Int, Flag;

            // ---- dict: insertion-ordered; keys and values are 8-byte slots of the kinds given
            // at creation (see `ElemKind`). Functions borrow their arguments and take their own
            // references; results are new references. An unhashable key raises TypeError
            // "unhashable type: 'list'"; a missing key raises KeyError with the key's repr. ----
            nx_dict_new(Raw, Raw) -> Obj, Null;
            // d[k] = v
            nx_dict_set(Obj, Raw, Raw) -> Void, Flag;
            // `copy.copy(x)`, `copy.deepcopy(x)` (x may be `None`'s null pointer).
            nx_copy(Obj) -> Obj, Flag;
            nx_deepcopy(Obj) -> Obj, Flag;
            // `dict(pairs)` of a list of lists: raises CPython's ValueError unless the list
            // (operand 0), item `index` (operand 1) of the pairs, has two items.
            nx_dict_pair_check(Obj, Int) -> Void, Flag;
            // d[k]
            nx_dict_get(Obj, Raw) -> Raw, Flag;
            // d.get(k, default)
            nx_dict_get_default(Obj, Raw, Raw) -> Raw, Flag;
            // `d[k] = d.get(k, default) + delta` and `d[k] += delta` of a dict of ints, with one
            // lookup (keys whose hash and == run no Python code).
            nx_dict_add_int_get(Obj, Raw, Int, Int) -> Void, Flag;
            nx_dict_add_int(Obj, Raw, Int) -> Void, Flag;
            // The same with a key that is a tuple of two ints, given as its items (the tuple
            // is made only to be stored, or for a KeyError).
            nx_dict_set_pair(Obj, Int, Int, Raw) -> Void, Flag;
            nx_dict_get_pair(Obj, Int, Int) -> Raw, Flag;
            nx_dict_get_default_pair(Obj, Int, Int, Raw) -> Raw, Flag;
            nx_dict_contains_pair(Obj, Int, Int) -> I8, Flag;
            nx_dict_add_int_get_pair(Obj, Int, Int, Int, Int) -> Void, Flag;
            nx_dict_add_int_pair(Obj, Int, Int, Int) -> Void, Flag;
            // defaultdict: the prototype default value and the factory's name (a str)
            nx_dict_set_factory(Obj, Raw, Obj) -> Void, Never;
            nx_dict_contains(Obj, Raw) -> I8, Flag;
            // del d[k]
            nx_dict_del(Obj, Raw) -> Void, Flag;
            // d.pop(k) / d.pop(k, default): the reference moves to the caller.
            nx_dict_pop(Obj, Raw) -> Raw, Flag;
            nx_dict_pop_default(Obj, Raw, Raw) -> Raw, Flag;
            nx_dict_setdefault(Obj, Raw, Raw) -> Raw, Flag;
            // d.popitem() as a new (key, value) tuple; KeyError "popitem(): dictionary is empty".
            nx_dict_popitem(Obj) -> Obj, Null;
            nx_dict_len(Obj) -> Int, Never;
            // `f(*args, **kwargs)` of a function value with a dict holding entries: CPython's
            // checks of its keys (allowed names, the positional parameters and how many the
            // positional arguments reach, the explicit keywords, the function's name, whether
            // it has `**kwargs`), what its own `**kwargs` gets, a missing argument; a keyword
            // naming a parameter that the positional arguments reach.
            nx_kwargs_check(Obj, Obj, Obj, Int, Obj, Obj, I8) -> Void, Flag;
            nx_args_taken_check(Obj, Int, Int, Obj) -> Void, Flag;
            nx_kwargs_rest(Obj, Obj, Int, Int) -> Obj, Null;
            nx_kwargs_missing(Obj, Obj) -> Void, Flag;
            // `f(*xs)` of a list into a function value: CPython's TypeError when the number of
            // positional arguments (given, least, most; the parameters' names) does not fit
            // (then the keyword-only ones given and the least the message shows).
            nx_args_count_check(Obj, Int, Int, Int, Obj, Int, Int) -> Void, Flag;
            // New lists of the keys, the values, and (key, value) tuples, in insertion order.
            nx_dict_keys(Obj) -> Obj, Null;
            nx_dict_values(Obj) -> Obj, Null;
            nx_dict_items(Obj) -> Obj, Null;
            // d.update(other), d.copy(), d.clear(), d == other
            nx_dict_update(Obj, Obj) -> Void, Flag;
            nx_dict_copy(Obj) -> Obj, Null;
            // `d.copy()`: a defaultdict keeps its factory.
            nx_dict_copy_method(Obj) -> Obj, Null;
            nx_dict_clear(Obj) -> Void, Never;
            nx_dict_eq(Obj, Obj) -> I8, Flag;

            // ---- set: CPython's hash table and probing, so iteration (and printing) order is
            // CPython's; elements are slots of one kind ----
            nx_set_new(Raw) -> Obj, Null;
            nx_set_add(Obj, Raw) -> Void, Flag;
            nx_set_contains(Obj, Raw) -> I8, Flag;
            // `(a, b) in s` and `s.add((a, b))` of a tuple of two ints given as its items.
            nx_set_contains_pair(Obj, Int, Int) -> I8, Flag;
            nx_set_add_pair(Obj, Int, Int) -> Void, Flag;
            nx_set_discard(Obj, Raw) -> Void, Flag;
            // KeyError with the element's repr.
            nx_set_remove(Obj, Raw) -> Void, Flag;
            // KeyError "pop from an empty set"; the reference moves to the caller.
            nx_set_pop(Obj) -> Raw, Flag;
            nx_set_len(Obj) -> Int, Never;
            // A `for` loop over a dict, dict view or set: the size it starts from, and the check
            // before each step (RuntimeError "dictionary changed size during iteration" / "Set
            // changed size during iteration").
            nx_iter_size(Obj) -> Int, Never;
            // A `for` over a dict walks it by position: the position of the first live item
            // at or after `pos` (or -1; RuntimeError "dictionary keys changed during
            // iteration" when it finds one with `left` 0), then that item's key and value
            // (new references).
            nx_dict_next(Obj, Int, Int) -> Int, IntTag;
            nx_dict_key_at(Obj, Int) -> Raw, Never;
            nx_dict_value_at(Obj, Int) -> Raw, Never;
            nx_iter_size_check(Obj, Int) -> Void, Flag;
            // A new list of the elements in iteration order.
            nx_set_to_list(Obj) -> Obj, Null;
            // | & - ^ as new sets, and their in-place forms.
            nx_set_union(Obj, Obj) -> Obj, Null;
            // `a | {v}`: CPython's union with a one-element set, without making it.
            nx_set_union_item(Obj, Raw) -> Obj, Null;
            nx_set_intersection(Obj, Obj) -> Obj, Null;
            nx_set_difference(Obj, Obj) -> Obj, Null;
            nx_set_symmetric_difference(Obj, Obj) -> Obj, Null;
            nx_set_update(Obj, Obj) -> Void, Flag;
            nx_set_intersection_update(Obj, Obj) -> Void, Flag;
            nx_set_difference_update(Obj, Obj) -> Void, Flag;
            nx_set_symmetric_difference_update(Obj, Obj) -> Void, Flag;
            nx_set_issubset(Obj, Obj) -> I8, Flag;
            nx_set_isdisjoint(Obj, Obj) -> I8, Flag;
            nx_set_issuperset(Obj, Obj) -> I8, Flag;
            nx_set_eq(Obj, Obj) -> I8, Flag;
            nx_set_copy(Obj) -> Obj, Null;
            nx_set_clear(Obj) -> Void, Flag;
            // `frozenset(x)`: the new set `x`, frozen.
            nx_set_freeze(Obj) -> Obj, Never;
            // `s.copy()`: a new set, or a frozenset itself.
            nx_set_copy_method(Obj) -> Obj, Null;

            // ---- any object, through its type's protocol slots ----
            // repr(obj) as a new str.
            nx_obj_repr(Obj) -> Obj, Null;
            // print: str(obj) to stdout.
            nx_print_obj(Obj) -> Void, Flag;

            // ---- dynamic values (`Dyn`): any value as one object pointer, null for None;
            // ints, floats and bools boxed (`runtime/src/dynamic.rs`) ----
            nx_dyn_from_int(Int) -> Obj, Never;
            nx_dyn_from_float(F64) -> Obj, Never;
            nx_dyn_from_bool(I8) -> Obj, Never;
            // A dynamic value where an int is needed (an index, range(), …): TypeError otherwise.
            nx_dyn_to_int(Obj) -> Int, IntTag;
            // ord(x) of a dynamic value (TypeError unless a str).
            nx_dyn_ord(Obj) -> Int, IntTag;
            // A dynamic value used as an index into a sequence (an `IndexedSeq` code, as a
            // tagged int): an int, else CPython's TypeError naming the sequence.
            nx_dyn_to_index(Obj, Int) -> Int, IntTag;
            // A dynamic value where a float is needed (math functions): an int or float.
            nx_dyn_to_float(Obj) -> F64, Flag;
            // A dynamic value where a str is needed.
            nx_dyn_to_str(Obj) -> Obj, Null;
            // `a op b` with a `DynOp` code (as an int); `op a` with a unary `DynOp` code.
            nx_dyn_binop(Int, Obj, Obj) -> Obj, Null;
            nx_dyn_unary(Int, Obj) -> Obj, Null;
            // `a op b` with a `DynCmp` code (as an int).
            nx_dyn_compare(Int, Obj, Obj) -> I8, Flag;
            nx_dyn_truth(Obj) -> I8, Flag;
            // str(), repr(), format(x, spec), hash(), int(), float() of a dynamic value.
            nx_dyn_str(Obj) -> Obj, Null;
            nx_dyn_repr(Obj) -> Obj, Null;
            nx_dyn_format(Obj, Obj) -> Obj, Null;
            nx_dyn_format_spec(Obj) -> Obj, Null;
            nx_dyn_hash(Obj) -> Int, IntTag;
            nx_dyn_int(Obj) -> Int, IntTag;
            // The value of one conversion (a one-letter str) of a literal %-template, for a
            // value of run-time type: what format() then formats, or CPython's TypeError.
            nx_percent_dyn_arg(Obj, Obj) -> Obj, Flag;
            nx_dyn_float(Obj) -> F64, Flag;
            // isinstance(x, T) for a builtin type named by the str (`int`, `float`, `list`, …).
            nx_dyn_isinstance(Obj, Obj) -> I8, Never;
            // Raises AttributeError: 'T' object has no attribute 'name' (T: x's type).
            nx_dyn_attr_error(Obj, Obj) -> Void, Flag;
            // hasattr(x, name) of a value that is not an instance of a class of the program:
            // whether its builtin type has the attribute (`builtin_attrs`).
            nx_dyn_hasattr(Obj, Obj) -> I8, Never;
            // f.name = v and f.name of a function value: attributes set on it (a dynamic
            // value; AttributeError when there is none, or setting one of a bound method).
            nx_func_setattr(Obj, Obj, Obj) -> Void, Flag;
            nx_func_getattr(Obj, Obj) -> Obj, Flag;
            // id(x) of any value (boxed): an object's address, a number's from its value.
            nx_id(Obj) -> Int, Never;
            // Is x an instance of a user class (then its class table can be tested)?
            nx_dyn_is_instance(Obj) -> I8, Never;
            // callable(x) of a function, bound method or class object.
            nx_dyn_callable(Obj) -> I8, Never;
            // `a is b` of two dynamic values.
            nx_dyn_is(Obj, Obj) -> I8, Never;
            // len(x), x[k], item in x, and the items `for v in x` visits (a list of dynamic
            // values), for a container held in a dynamic value (`runtime/src/dyn_containers.rs`).
            nx_dyn_len(Obj) -> Int, IntTag;
            nx_dyn_getitem(Obj, Obj) -> Obj, Flag;
            nx_dyn_contains(Obj, Obj) -> I8, Flag;
            nx_dyn_iter_list(Obj) -> Obj, Null;
            // dict(x) of a dynamic value: a dict of dynamic keys and values.
            nx_dyn_dict(Obj) -> Obj, Null;
            // bytes(x) of a dynamic value.
            nx_dyn_bytes(Obj) -> Obj, Null;
            // `for x in v` of a dynamic value: what the loop walks (a generator itself, else
            // the list of its items), the item at a (tagged) step of it as a dynamic value
            // (a generator resumed), and whether that step found none.
            nx_dyn_iter(Obj) -> Obj, Null;
            nx_dyn_iter_step(Obj, Int) -> Obj, Flag;
            nx_dyn_iter_done(Obj, Int) -> I8, Never;
            // next(g) / next(g, default) (the flag: one was given) of a dynamic value.
            nx_dyn_next(Obj, Obj, Raw) -> Obj, Flag;
            // The same for `sep.join(a)`: TypeError "can only join an iterable".
            nx_dyn_join_items(Obj) -> Obj, Null;
            // x[start:stop:step] of a str, list or tuple (`has` as for nx_list_slice).
            nx_dyn_slice(Obj, Int, Int, Int, Raw) -> Obj, Null;
            // Item `index` of `a, b, … = x` (`count` targets), after checking x's length.
            nx_dyn_unpack_item(Obj, Int, Int) -> Obj, Flag;
            // x[k] = v, and x.name(*args) (args a list of dynamic values) for a list, dict or
            // set held in a dynamic value (`runtime/src/dyn_methods.rs`).
            nx_dyn_setitem(Obj, Obj, Obj) -> Void, Flag;
            // `del a[k]` of a dynamic value (a list or dict; CPython's TypeError for others).
            nx_dyn_delitem(Obj, Obj) -> Void, Flag;
            // The list a dynamic value holds, for assigning (1: its items must be dynamic) or
            // deleting a slice of it; CPython's TypeError for other values.
            nx_dyn_slice_target(Obj, I8) -> Obj, Null;
            nx_dyn_call_method(Obj, Obj, Obj) -> Obj, Flag;
            // round(x) (the flag 0) and round(x, n) (the flag 1).
            nx_dyn_round(Obj, Int, I8) -> Obj, Null;

            // ---- int slow paths: called when an operand is big or the fast path overflows ----
            nx_int_add(Int, Int) -> Int, IntTag;
            nx_int_sub(Int, Int) -> Int, IntTag;
            nx_int_mul(Int, Int) -> Int, IntTag;
            nx_int_floordiv(Int, Int) -> Int, IntTag;
            nx_int_mod(Int, Int) -> Int, IntTag;
            nx_int_pow(Int, Int) -> Int, IntTag;
            nx_int_lshift(Int, Int) -> Int, IntTag;
            nx_int_rshift(Int, Int) -> Int, IntTag;
            nx_int_and(Int, Int) -> Int, IntTag;
            nx_int_or(Int, Int) -> Int, IntTag;
            nx_int_xor(Int, Int) -> Int, IntTag;
            nx_int_neg(Int) -> Int, IntTag;
            nx_int_invert(Int) -> Int, IntTag;
            nx_int_abs(Int) -> Int, IntTag;
            nx_int_truediv(Int, Int) -> F64, Flag;
            // -1, 0 or 1.
            nx_int_compare(Int, Int) -> Raw, Never;
            // Exact int-vs-float comparison: -1, 0, 1, or 2 when the float is NaN.
            nx_int_float_compare(Int, F64) -> Raw, Never;
            nx_int_to_float(Int) -> F64, Flag;
            nx_int_hash(Int) -> Int, Never;
            // hash(obj) from the int its __hash__ returned: itself when it fits a machine word
            // (-1 becoming -2), else the int's hash.
            nx_hash_result(Int) -> Int, Never;
            // len(obj) from the int its __len__ returned: CPython's ValueError when negative.
            nx_len_result(Int) -> Int, IntTag;
            // round(i, ndigits)
            nx_int_round(Int, Int) -> Int, IntTag;

            // hex()/oct()/bin() of an int: base 16, 8 or 2 with CPython's prefixes.
            nx_int_to_base(Int, Int) -> Obj, Null;
            // int(s, base): base 0 or 2..36; CPython's errors.
            nx_str_to_int_base(Obj, Int) -> Int, IntTag;
            // pow(a, b, m), a negative b meaning the modular inverse.
            nx_int_pow_mod(Int, Int, Int) -> Int, IntTag;
            // i.bit_length()
            nx_int_bit_length(Int) -> Int, Never;
            // `i.bit_count()`: the number of ones in the binary of `abs(i)`.
            nx_int_to_bytes(Int, Int, Obj, I8) -> Obj, Null;
            nx_int_from_bytes(Obj, Obj, I8) -> Int, IntTag;
            nx_int_bit_count(Int) -> Int, Never;
            // `random.seed(s)` of a str: int.from_bytes(utf8 + sha512(utf8), 'big') (version 2).
            nx_random_str_seed(Obj) -> Int, Never;
            // `time`: the nanoseconds of a clock (0 wall, 1 monotonic, 2 process, 3 thread).
            nx_clock_ns(Int) -> Int, Never;
            // `datetime`: the local time zone's offset from UTC in seconds at this time (in
            // seconds since the epoch).
            nx_utc_offset(Int) -> Int, Never;
            // `unicodedata`, `html`: a str through one of the text tables (text_tables.rs).
            nx_text_table(Int, Obj) -> Obj, Never;
            nx_sleep(F64) -> Void, Flag;
            // files.rs: `open()`'s files, by handle.
            nx_file_open(Obj, Obj) -> Int, IntTag;
            nx_file_read(Int) -> Obj, Null;
            nx_file_write(Int, Obj) -> Void, Flag;
            nx_file_flush(Int) -> Void, Flag;
            nx_file_close(Int) -> Void, Flag;
            // os.rs: a path's kind or size, changes, the working directory, entries, environment.
            nx_os_stat(Obj, Int) -> Int, IntTag;
            nx_os_change(Int, Obj, Obj) -> Void, Flag;
            nx_os_getcwd() -> Obj, Null;
            nx_os_getpid() -> Int, Never;
            nx_os_listdir(Obj) -> Obj, Null;
            nx_os_environ() -> Obj, Null;
            // Whether file descriptor (a tagged int) is a terminal.
            nx_isatty(Int) -> I8, Never;

            // ---- float ----
            nx_float_truediv(F64, F64) -> F64, Flag;
            nx_float_floordiv(F64, F64) -> F64, Flag;
            nx_float_mod(F64, F64) -> F64, Flag;
            // `divmod(a, b)` of floats: ZeroDivisionError "float divmod()" for a zero `b`.
            nx_float_divmod_check(F64) -> Void, Flag;
            // The same for `divmod(a, b)` of values of run-time type, either of them a float.
            nx_dyn_divmod_check(Obj, Obj) -> Void, Flag;
            nx_float_pow(F64, F64) -> F64, Flag;
            // int(f): truncates; OverflowError for inf, ValueError for nan.
            nx_float_to_int(F64) -> Int, IntTag;
            // round(f): half to even, to an int.
            nx_float_round(F64) -> Int, IntTag;
            // round(f, ndigits)
            nx_float_round_ndigits(F64, Int) -> F64, Flag;
            // `x.hex()`, `float.fromhex(s)`, `x.is_integer()`, `x.as_integer_ratio()`.
            nx_float_hex(F64) -> Obj, Null;
            nx_float_fromhex(Obj) -> F64, Flag;
            nx_float_is_integer(F64) -> I8, Never;
            nx_float_as_integer_ratio(F64) -> Obj, Null;
            nx_float_hash(F64) -> Int, Never;
        }
    };
}

macro_rules! build_table {
    ($($name:ident ( $($p:ident),* ) -> $r:ident, $e:ident;)*) => {
        /// Every runtime entry point, as data.
        pub const RUNTIME_FNS: &[RuntimeFn] = &[
            $(RuntimeFn {
                name: stringify!($name),
                params: &[$(AbiTy::$p),*],
                ret: AbiTy::$r,
                err: ErrConv::$e,
            }),*
        ];
    };
}

runtime_functions!(build_table);

/// Looks up an entry by name.
pub fn runtime_fn(name: &str) -> Option<&'static RuntimeFn> {
    RUNTIME_FNS.iter().find(|f| f.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_prefixed() {
        let mut seen = std::collections::HashSet::new();
        for f in RUNTIME_FNS {
            assert!(f.name.starts_with("nx_"), "{}", f.name);
            assert!(seen.insert(f.name), "duplicate {}", f.name);
        }
    }

    #[test]
    fn error_conventions_match_return_types() {
        for f in RUNTIME_FNS {
            match f.err {
                ErrConv::Null => assert_eq!(f.ret, AbiTy::Obj, "{}", f.name),
                ErrConv::IntTag => assert_eq!(f.ret, AbiTy::Int, "{}", f.name),
                ErrConv::Never | ErrConv::Flag => {}
            }
        }
    }

    #[test]
    fn elem_kind_codes_round_trip() {
        for code in 0..8 {
            let k = ElemKind::from_code(code).expect("a kind");
            assert_eq!(k as i64, code);
        }
        assert_eq!(ElemKind::from_code(8), None);
        assert_eq!(ElemKind::from_code(-1), None);
    }

    #[test]
    fn exc_kind_codes_round_trip() {
        for k in ExcKind::ALL {
            assert_eq!(ExcKind::from_code(*k as i64), Some(*k));
        }
    }
}
