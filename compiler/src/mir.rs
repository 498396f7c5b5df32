//! MIR: a typed, monomorphic control-flow graph per specialization.
//!
//! A [`Body`] is arenas of [`Block`]s and typed locals addressed by index. Operations are one
//! closed enum, [`Op`], and each declares its effects as data ([`Op::can_raise`]); every op
//! *borrows* its operands and returns a *new* reference when its result is a heap object. The
//! passes in [`passes`] read those facts, never an operation's name.
//!
//! Pass order (fixed, `passes::PASSES`): `build` (from typed HIR, no error checks, no
//! refcounts) → `unbound` (unassigned reads) → `constants` (module constants) → `accumulate`
//! (accumulator recursion as a loop) → `copyprop` (hidden copies) → `bounds` (loop nests
//! versioned on their bound) → `ranges` (ints proven small) → `exceptions` (explicit error
//! edges) → `refcount` (increfs/decrefs) → `speculate` (a fast version on small ints) →
//! `ifconvert` (branches of small-int arithmetic made straight-line) → codegen, with the
//! verifier after each.
//!
//! **Invariant:** MIR knows nothing of Python scoping or of the AST; codegen knows nothing else.

pub mod build;
pub mod liveness;
pub mod passes;
pub mod print;
pub mod verify;

use crate::hir::{CmpOp, GlobalId};
use crate::infer::SpecId;
use natrix_abi::ExcKind;

/// The machine-level type of a MIR value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MTy {
    /// A tagged int (i64): a small int, or a pointer to a refcounted big int.
    Int,
    /// An f64.
    Float,
    /// An i8 holding 0 or 1.
    Bool,
    /// The unit value `None` (an i8 that is always 0).
    None,
    /// A pointer to a str object (refcounted).
    Str,
    /// A pointer to a list object (refcounted); its element type is `Program::list_elems[i]`.
    List(ListTy),
    /// A pointer to a tuple object (refcounted); its item types are `Program::tuple_items[i]`.
    Tuple(TupleTy),
    /// A pointer to a tuple of any length (refcounted) whose items all have type
    /// `Program::list_elems[i]`.
    TupleOf(ListTy),
    /// A pointer to a caught exception object (refcounted).
    Exc,
    /// A pointer to a bytes object (refcounted).
    Bytes,
    /// A pointer to a dict (refcounted); key and value types in `Program::dict_types[i]`.
    Dict(DictTy),
    /// A pointer to a set (refcounted); its element type is `Program::list_elems[i]`.
    Set(ListTy),
    /// A pointer to an instance of a user class (refcounted): one slot per attribute.
    Instance(crate::hir::ClassId),
    /// `Optional[C]` for a class `C`: an instance pointer, null for `None`.
    OptInstance(crate::hir::ClassId),
    /// `Optional[T]` of a str, list, tuple, dict or set `T` (`Program::opt_inner[i]`): its
    /// pointer, null for `None`.
    OptPtr(OptTy),
    /// `Optional[int]`: a tagged int, or the word `natrix_abi::OPT_INT_NONE` for `None`.
    OptInt,
    /// `Optional[float]`: an f64, or the NaN `natrix_abi::OPT_FLOAT_NONE_BITS` for `None`.
    OptFloat,
    /// `Optional[bool]`: an i8 0 or 1, or `natrix_abi::OPT_BOOL_NONE` for `None`.
    OptBool,
    /// A pointer to a cell (refcounted): a variable shared with nested functions.
    Cell,
    /// A pointer to a function value (refcounted): a tuple of the function's number, then its
    /// closure's environment (cells, default values).
    Func,
    /// A pointer to a generator (refcounted): its frame (`mir/build/generators.rs`).
    Gen,
    /// A value whose type is known only at run time: an object pointer (refcounted), null for
    /// `None`, ints, floats and bools boxed (`runtime/src/dynamic.rs`).
    Dyn,
}

/// The compiled methods the runtime calls on instances of one class (see `Program::class_tables`).
#[derive(Clone, Debug, Default)]
pub struct ClassTable {
    pub repr: Option<SpecId>,
    pub str: Option<SpecId>,
    pub eq: Option<SpecId>,
    /// `__eq__` compiled for an operand of any type (`natrix_abi::ClassTable::eq_dyn`).
    pub eq_dyn: Option<SpecId>,
    /// `__lt__` and `__gt__` compiled for an operand of any type.
    pub lt_dyn: Option<SpecId>,
    pub gt_dyn: Option<SpecId>,
    pub hash: Option<SpecId>,
    pub lt: Option<SpecId>,
    /// `__gt__`, for a class without `__lt__` (sorting swaps the operands).
    pub gt: Option<SpecId>,
    /// Without `__hash__`, its instances are unhashable (it defines `__eq__`, or sets
    /// `__hash__ = None`).
    pub unhashable: bool,
    /// Copies of its instances are the instances themselves (`hir::Class::atomic`).
    pub atomic: bool,
    /// The builtin exception class it derives from.
    pub exc_kind: Option<ExcKind>,
    /// The names of the attribute slots of its instances, in slot order.
    pub attr_names: Vec<String>,
    /// The classes after it in its method resolution order (what `isinstance` of a value of
    /// run-time type and `except` test).
    pub mro: Vec<crate::hir::ClassId>,
    /// The classes the other operand of its compiled `eq`, and of `lt` or `gt`, derives from
    /// (`hir::Program::operand_class`).
    pub eq_operand: crate::hir::ClassId,
    pub order_operand: crate::hir::ClassId,
    /// The class's name, as its default repr shows it.
    pub name: String,
    /// What the cycle collector and the deallocator need to do with its instances (see
    /// `mir/build/acyclic.rs`).
    pub tracking: Tracking,
    /// The type of each attribute slot of its instances (its hierarchy's), for the function
    /// that releases them.
    pub slots: Vec<MTy>,
}

/// How instances of a class are allocated and freed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tracking {
    /// Tracked by the cycle collector.
    #[default]
    Tracked,
    /// No attribute of the class's hierarchy can lead back to an instance of it, so its
    /// instances are never part of a reference cycle: the collector does not track them.
    Acyclic,
    /// Acyclic, and no attribute can hold a reference at all (floats, bools, `None`): freeing
    /// an instance releases nothing.
    Plain,
}

/// The index of a dict type in [`Program::dict_types`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DictTy(pub u32);

/// The index of a tuple type in [`Program::tuple_items`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TupleTy(pub u32);

/// A generator frame's items before the locals: state, name, resume function, kind of the
/// values, returned value (`mir/build/generators.rs`).
pub const FRAME_HEADER: u32 = 6;

/// The index of an optional type in [`Program::opt_inner`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OptTy(pub u32);

/// The index of a list type in [`Program::list_elems`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ListTy(pub u32);

/// How a list of elements of this type stores them (the runtime's element kinds).
pub fn elem_kind(t: MTy) -> natrix_abi::ElemKind {
    match t {
        MTy::Int => natrix_abi::ElemKind::Int,
        MTy::Float => natrix_abi::ElemKind::Float,
        MTy::Bool => natrix_abi::ElemKind::Bool,
        MTy::OptInt => natrix_abi::ElemKind::OptInt,
        MTy::OptFloat => natrix_abi::ElemKind::OptFloat,
        MTy::OptBool => natrix_abi::ElemKind::OptBool,
        MTy::None => natrix_abi::ElemKind::None,
        MTy::Str
        | MTy::List(_)
        | MTy::Tuple(_)
        | MTy::TupleOf(_)
        | MTy::Exc
        | MTy::Dict(_)
        | MTy::Set(_)
        | MTy::Instance(_)
        | MTy::OptInstance(_)
        | MTy::OptPtr(_)
        | MTy::Cell
        | MTy::Func
        | MTy::Gen
        | MTy::Bytes
        | MTy::Dyn => natrix_abi::ElemKind::Obj,
    }
}

impl MTy {
    /// Whether a value of this type can refer to no container, instance or function: a
    /// number, a bool, None, a str or bytes, or an optional number.
    pub fn holds_no_object(self) -> bool {
        matches!(
            self,
            MTy::Int
                | MTy::Float
                | MTy::Bool
                | MTy::None
                | MTy::Str
                | MTy::Bytes
                | MTy::OptInt
                | MTy::OptFloat
                | MTy::OptBool
        )
    }

    /// Whether values of this type may hold a reference: str pointers, and ints (a tagged word
    /// that may point to a big int).
    pub fn is_refcounted(self) -> bool {
        matches!(
            self,
            MTy::Str
                | MTy::Int
                | MTy::OptInt
                | MTy::List(_)
                | MTy::Tuple(_)
                | MTy::TupleOf(_)
                | MTy::Exc
                | MTy::Dict(_)
                | MTy::Set(_)
                | MTy::Instance(_)
                | MTy::OptInstance(_)
                | MTy::OptPtr(_)
                | MTy::Cell
                | MTy::Func
                | MTy::Gen
                | MTy::Bytes
                | MTy::Dyn
        )
    }

    /// Whether a value of this type owns no references to other objects: releasing it can
    /// free nothing else, and its text is its own (printing it runs no `__str__`).
    pub fn is_leaf(self) -> bool {
        matches!(
            self,
            MTy::Int
                | MTy::OptInt
                | MTy::Float
                | MTy::OptFloat
                | MTy::Bool
                | MTy::OptBool
                | MTy::None
                | MTy::Str
                | MTy::Bytes
        )
    }

    /// Whether values of this type are object pointers (null when not yet assigned).
    pub fn is_pointer(self) -> bool {
        matches!(
            self,
            MTy::Str
                | MTy::List(_)
                | MTy::Tuple(_)
                | MTy::TupleOf(_)
                | MTy::Exc
                | MTy::Dict(_)
                | MTy::Set(_)
                | MTy::Instance(_)
                | MTy::OptInstance(_)
                | MTy::OptPtr(_)
                | MTy::Cell
                | MTy::Func
                | MTy::Gen
                | MTy::Bytes
                | MTy::Dyn
        )
    }

    /// An optional str, container or number (not `OptInstance`, which has its own paths).
    pub fn is_optional_value(self) -> bool {
        matches!(
            self,
            MTy::OptPtr(_) | MTy::OptInt | MTy::OptFloat | MTy::OptBool
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            MTy::Int => "int",
            MTy::Float => "float",
            MTy::Bool => "bool",
            MTy::None => "None",
            MTy::Str => "str",
            MTy::List(_) => "list",
            MTy::Tuple(_) | MTy::TupleOf(_) => "tuple",
            MTy::Exc => "exception",
            MTy::Dict(_) => "dict",
            MTy::Set(_) => "set",
            MTy::Instance(_) => "object",
            MTy::Cell => "cell",
            MTy::Func => "function",
            MTy::Gen => "generator",
            MTy::Bytes => "bytes",
            MTy::OptInstance(_) => "optional_object",
            MTy::OptPtr(_) => "optional",
            MTy::OptInt => "optional_int",
            MTy::OptFloat => "optional_float",
            MTy::OptBool => "optional_bool",
            MTy::Dyn => "dyn",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Local(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Local(Local),
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    /// A string literal: an index into [`Program::strings`]. Literals are immortal.
    Str(u32),
}

/// What is known of the index operand of a list read or write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Index {
    /// Any int: negative (counting from the end), big, or past the end.
    Any,
    /// Proven by the ranges pass to be a small int of at least 0: only the test against the
    /// length is left.
    Natural,
}

/// Operations. Every operand is borrowed; a heap result is a new reference.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    IntAdd,
    IntSub,
    IntMul,
    IntFloorDiv,
    IntMod,
    IntPow,
    IntTrueDiv,
    IntShl,
    IntShr,
    IntAnd,
    IntOr,
    IntXor,
    IntNeg,
    IntInvert,
    IntAbs,
    IntCmp(CmpOp),
    IntToFloat,
    /// The `Small*` operations are chosen by the ranges pass where it proved every operand and
    /// the result small: plain machine arithmetic on tagged words, no checks, no slow path.
    SmallIntAdd,
    SmallIntSub,
    SmallIntMul,
    SmallIntNeg,
    SmallIntCmp(CmpOp),
    /// Floor division and modulo by a divisor proven positive.
    SmallIntFloorDiv,
    SmallIntMod,
    SmallIntToFloat,
    /// The `Spec*` operations exist only in the fast version of a body (`passes/speculate.rs`),
    /// where their operands are known to be small ints. Machine arithmetic on tagged words;
    /// when it overflows (or divides by zero, or by -1 at the bottom of the range) the result
    /// is the error word with no exception raised, `dst` keeps its old value, and the
    /// `CheckError` after it goes to a block that redoes the operation exactly.
    SpecIntAdd,
    SpecIntSub,
    SpecIntMul,
    SpecIntNeg,
    SpecIntFloorDiv,
    SpecIntMod,
    /// The operations of an if-converted branch (`passes/ifconvert.rs`), which runs both arms
    /// of a branch of small-int arithmetic and keeps one: the machine arithmetic on tagged
    /// words, wrapping when it overflows (never undefined: the value may be discarded); whether
    /// it overflows (a bool); and `Select(c, a, b)`, `a` when `c` else `b`, of two ints or bools.
    IntWrapping(IntArith),
    IntOverflows(IntArith),
    Select,
    /// Whether an int is small (a bool): the guard of the speculative fast path.
    IntIsSmall,
    IntToStr,
    IntHash,
    IntRound,
    FloatAdd,
    FloatSub,
    FloatMul,
    FloatDiv,
    FloatFloorDiv,
    FloatMod,
    FloatPow,
    FloatNeg,
    FloatAbs,
    /// `math.sqrt` of a float (ValueError for a negative one).
    FloatSqrt,
    FloatCmp(CmpOp),
    /// Compares an int (first) with a float (second) exactly, as CPython does.
    IntFloatCmp(CmpOp),
    FloatToInt,
    FloatRound,
    FloatRoundN,
    FloatToStr,
    FloatHash,
    BoolToInt,
    BoolToStr,
    BoolNot,
    BoolAnd,
    BoolOr,
    BoolXor,
    StrConcat,
    /// The concatenation of every operand (strs, three or more), in one new str.
    StrConcatN,
    StrRepeat,
    StrCmp(CmpOp),
    StrLen,
    StrToInt,
    StrToFloat,
    StrHash,
    /// `repr()` of a str.
    StrRepr,
    /// `repr()` of any object (through its type's slot).
    ObjRepr,
    /// A new empty list whose elements have this type.
    ListNew(MTy),
    // List operations, by element type: operands are (list, …) as in the ABI.
    ListAppend(MTy),
    ListGet(MTy, Index),
    ListSet(MTy, Index),
    ListLen,
    ListPop(MTy),
    ListPopAt(MTy),
    ListInsert(MTy),
    ListContains(MTy),
    ListIndex(MTy),
    ListCount(MTy),
    ListEq,
    ListCmp(CmpOp),
    ListConcat,
    ListRepeat,
    ListCopy,
    ListClear,
    ListReverse,
    ListSort,
    ListSumInt,
    ListSumFloat,
    /// (list, lower, upper, step): a `None` constant operand is an absent part.
    ListSlice,
    /// `t[lo:hi:step]` of a tuple (operands as `ListSlice`): a tuple of any length.
    TupleSlice,
    /// `x[a:b:c]` of a dynamic value (`nx_dyn_slice`).
    DynSlice,
    /// The same for a str.
    StrSlice,
    /// A new tuple of the operands.
    TupleNew(TupleTy),
    /// Item `index` of a tuple.
    TupleGet(TupleTy, u32),
    TupleEq,
    TupleCmp(CmpOp),
    TupleHash,
    /// A call of a runtime function whose operands and result are MIR values as they are (str
    /// methods and the like); its effects come from the ABI table.
    Runtime(&'static natrix_abi::RuntimeFn),
    /// `format(value, spec)` of a value of this type (operands: value, spec str; for `None`
    /// only the spec).
    Format(MTy),
    /// Write the value's `str()` to stdout.
    Print(MTy),
    /// Raise an exception with a fixed message.
    Raise(ExcKind, &'static str),
    /// Raise an exception with a str message (operand).
    RaiseStr(ExcKind),
    /// Whether the pending exception is an instance of the class.
    ExcMatches(ExcKind),
    /// Is the pending exception an instance of user class `.0` (or a subclass)?
    ExcMatchesClass(crate::hir::ClassId),
    /// `isinstance(e, C)` of an exception object (operand): does it carry an instance of user
    /// class `.0` (or a subclass)?
    ExcIsClass(crate::hir::ClassId),
    /// `isinstance(e, ValueError)` of an exception object (operand): does its class derive
    /// from the builtin class?
    ExcIsKind(ExcKind),
    /// Take the pending exception as an object.
    ExcTake,
    /// Raise a caught exception object again.
    ExcReraise,
    /// `b[lo:hi:step]` of a bytes object (operands as `ListSlice`).
    BytesSlice,
    /// `xs[lo:hi:step] = ys` (operands: xs, lo, hi, step, ys; an absent bound is `None`).
    ListSetSlice,
    /// `xs[a:b:c] = ys[d:e:f]` of lists of one element kind: operands `xs, a, b, c, ys, d, e,
    /// f` (absent bounds are `None`), with no list made for `ys[d:e:f]`.
    ListSetSliceFrom,
    /// `del xs[lo:hi:step]` (operands: xs, lo, hi, step).
    ListDelSlice,
    /// Has attribute slot `.0` of an instance with `.1` slots been assigned?
    AttrIsSet(u32, u32),
    /// Are two object pointers the same object (`==` of instances without `__eq__`)?
    PtrEq,
    /// `None` as a value of optional type `.0` (a null pointer, or the `None` word of an
    /// optional number). Also how the builder releases a temporary once its statement is done
    /// (see [`Rvalue::holds_nothing`]): a null pointer, or 0 for an int.
    NoneOf(MTy),
    /// Is a value of optional type `None` (a null pointer, or the `None` word)?
    IsNull,
    /// A new function value: like `TupleNew`, items the function's number, its name, then its
    /// closure's environment.
    FuncNew(TupleTy),
    /// Item `i` (operand 1, an int within the tuple's length) of a tuple (operand 0) whose
    /// items are all of type `.0`.
    TupleItem(MTy),
    /// A new generator frame (like `TupleNew`).
    GenNew(TupleTy),
    /// Set item `.0` (of type `.1`) of a tuple-like object (operands: object, value).
    ItemSet(u32, MTy),
    /// Has the generator (operand) finished?
    GenDone,
    /// A new cell, its variable unassigned.
    CellNew,
    /// The value (of type `.0`) of the variable in a cell (operands: the cell, the variable's
    /// name for the NameError when it is unassigned).
    CellGet(MTy),
    /// Assign a value of type `.0` to the variable in a cell (operands: cell, value).
    CellSet(MTy),
    /// Is the instance (operand) exactly of class `.0` (not a subclass)?
    ClassIs(crate::hir::ClassId),
    /// A new instance of class `.0` with `.1` attribute slots (operand: the class name).
    InstanceNew(crate::hir::ClassId, u32),
    /// Attribute slot `.0` of an instance with `.2` attribute slots, of type `.1` (operands: the
    /// instance, and the attribute's name for the AttributeError raised when it was never set).
    GetAttr(u32, MTy, u32),
    /// Like `GetAttr`, for an attribute every instance has from construction on
    /// (`build/init_attrs.rs`): no check, cannot raise (operand: the instance).
    GetAttrInit(u32, MTy, u32),
    /// Set attribute slot `.0` of an instance with `.2` slots (operands: instance, value of
    /// type `.1`).
    SetAttr(u32, MTy, u32),
    /// Like `SetAttr`, for a slot every instance has from construction on, of a type whose
    /// kind byte is always the same (`build/init_attrs.rs`): the kind byte already says so.
    SetAttrInit(u32, MTy, u32),
    /// A new empty dict / set of these types.
    DictNew(DictTy),
    SetNew(ListTy),
    /// A call of a runtime container function: operand `i` is passed as the raw slot bits of
    /// a value of type `args[i]` (or as it is when `None`), and the result is read back from
    /// raw bits as `ret` (or taken as it is). Effects come from the ABI table.
    Slots {
        f: &'static natrix_abi::RuntimeFn,
        args: [Option<MTy>; 4],
        ret: Option<MTy>,
    },
    /// `x = bound_check(x)`: a read of a Python variable that may be unassigned, placed by
    /// the builder at each read and replaced by the unbound pass (a test raising
    /// UnboundLocalError, or nothing where the variable is assigned on every path). No later
    /// pass sees it.
    BoundCheck,
    /// `x = unbind()`: `del x`. The unbound pass counts `x` unassigned from here, and turns
    /// this into the release of its value (`NoneOf`). No later pass sees it.
    Unbind,
    /// Enter the body again as the frame a call of itself would have made (the accumulate
    /// pass's loop-back): one deeper, raising RecursionError past the limit (result `None`).
    Reenter,
    /// The address of a compiled function as an int item (even, so never counted): the resume
    /// function a generator's frame keeps for closing it (`runtime/src/closure.rs`).
    FuncAddr(SpecId),
}

/// The int operations that can overflow a machine word, for [`Op::IntWrapping`] and
/// [`Op::IntOverflows`]. `Neg` takes one operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntArith {
    Add,
    Sub,
    Mul,
    Neg,
}

impl IntArith {
    pub fn name(self) -> &'static str {
        match self {
            IntArith::Add => "add",
            IntArith::Sub => "sub",
            IntArith::Mul => "mul",
            IntArith::Neg => "neg",
        }
    }
}

impl Op {
    /// One of the speculative int operations of a body's fast version.
    pub fn is_spec_int(self) -> bool {
        use Op::*;
        matches!(
            self,
            SpecIntAdd | SpecIntSub | SpecIntMul | SpecIntNeg | SpecIntFloorDiv | SpecIntMod
        )
    }

    /// Whether the operation can raise an exception (so the exceptions pass gives it an edge).
    pub fn can_raise(self) -> bool {
        use Op::*;
        if self.is_spec_int() {
            // They fail (overflow) without raising; the check leads to the exact redo.
            return true;
        }
        if let Runtime(f) | Slots { f, .. } = self {
            return f.err != natrix_abi::ErrConv::Never;
        }
        // An object's text may come from a `__str__`/`__repr__` that raises (bytes print
        // through the same runtime function as objects); an int's, past the digit limit.
        if let Print(t) = self {
            return !t.is_leaf() || matches!(t, MTy::Bytes | MTy::Int | MTy::OptInt);
        }
        matches!(
            self,
            Reenter
                | IntAdd
                | IntSub
                | IntMul
                | IntFloorDiv
                | IntMod
                | IntPow
                | IntTrueDiv
                | IntShl
                | IntShr
                | IntAnd
                | IntOr
                | IntXor
                | IntNeg
                | IntInvert
                | IntAbs
                | IntToFloat
                | IntToStr
                | IntRound
                | FloatDiv
                | FloatSqrt
                | FloatFloorDiv
                | FloatMod
                | FloatPow
                | FloatToInt
                | FloatRound
                | FloatToStr
                | StrConcat
                | StrConcatN
                | StrRepeat
                | StrToInt
                | StrToFloat
                | StrRepr
                | Format(_)
                | ObjRepr
                | ListNew(_)
                | ListAppend(_)
                | ListGet(..)
                | ListSet(..)
                | ListPop(_)
                | ListPopAt(_)
                | ListSetSlice
                | ListSetSliceFrom
                | ListDelSlice
                | ListInsert(_)
                | ListIndex(_)
                | ListContains(_)
                | ListCount(_)
                | ListEq
                | ListCmp(_)
                | ListConcat
                | ListRepeat
                | ListCopy
                | ListSort
                | ListSumInt
                | ListSumFloat
                | ListSlice
                | TupleSlice
                | DynSlice
                | StrSlice
                | RaiseStr(_)
                | ExcReraise
                | BytesSlice
                | FloatRoundN
                | DictNew(_)
                | SetNew(_)
                | GetAttr(..)
                | InstanceNew(..)
                | TupleNew(_)
                | FuncNew(_)
                | GenNew(_)
                | CellNew
                | CellGet(_)
                | TupleEq
                | TupleCmp(_)
                | TupleHash
                | Raise(..)
        )
    }

    pub fn name(self) -> String {
        match self {
            Op::IntCmp(c) => format!("int_cmp[{}]", c.symbol()),
            Op::SmallIntCmp(c) => format!("small_int_cmp[{}]", c.symbol()),
            Op::IntWrapping(k) => format!("int_wrapping[{}]", k.name()),
            Op::IntOverflows(k) => format!("int_overflows[{}]", k.name()),
            Op::FloatCmp(c) => format!("float_cmp[{}]", c.symbol()),
            Op::IntFloatCmp(c) => format!("int_float_cmp[{}]", c.symbol()),
            Op::StrCmp(c) => format!("str_cmp[{}]", c.symbol()),
            Op::Print(t) => format!("print_{}", t.name()),
            Op::Format(t) => format!("format_{}", t.name()),
            Op::ListCmp(c) => format!("list_cmp[{}]", c.symbol()),
            Op::GetAttr(slot, ..) => format!("get_attr[{slot}]"),
            Op::GetAttrInit(slot, ..) => format!("get_attr_init[{slot}]"),
            Op::InstanceNew(c, n) => format!("instance_new[class {}, {n} slots]", c.0),
            Op::ClassIs(c) => format!("class_is[{}]", c.0),
            Op::SetAttr(slot, ..) => format!("set_attr[{slot}]"),
            Op::SetAttrInit(slot, ..) => format!("set_attr_init[{slot}]"),
            Op::Runtime(f) | Op::Slots { f, .. } => format!("runtime[{}]", f.name),
            Op::TupleGet(_, i) => format!("tuple_get[{i}]"),
            Op::TupleCmp(c) => format!("tuple_cmp[{}]", c.symbol()),
            Op::ListNew(t)
            | Op::ListAppend(t)
            | Op::ListGet(t, _)
            | Op::ListSet(t, _)
            | Op::ListPop(t)
            | Op::ListPopAt(t)
            | Op::ListInsert(t)
            | Op::ListContains(t)
            | Op::ListIndex(t)
            | Op::ListCount(t) => {
                let base = format!("{self:?}");
                let base = base.split('(').next().unwrap_or("list");
                let mut out = String::new();
                for (i, ch) in base.chars().enumerate() {
                    if ch.is_uppercase() && i > 0 {
                        out.push('_');
                    }
                    out.extend(ch.to_lowercase());
                }
                match self {
                    Op::ListGet(_, Index::Natural) | Op::ListSet(_, Index::Natural) => {
                        format!("{out}[{}, natural index]", t.name())
                    }
                    _ => format!("{out}[{}]", t.name()),
                }
            }
            Op::Raise(k, m) => format!("raise[{}: {m:?}]", k.name()),
            Op::RaiseStr(k) => format!("raise[{}]", k.name()),
            Op::ExcMatches(k) => format!("exc_matches[{}]", k.name()),
            Op::ExcMatchesClass(c) => format!("exc_matches_class[{}]", c.0),
            Op::ExcIsClass(c) => format!("exc_is_class[{}]", c.0),
            Op::ExcIsKind(k) => format!("exc_is_kind[{}]", k.name()),
            other => {
                // `IntAdd` → `int_add`
                let s = format!("{other:?}");
                let mut out = String::new();
                for (i, ch) in s.chars().enumerate() {
                    if ch.is_uppercase() && i > 0 {
                        out.push('_');
                    }
                    out.extend(ch.to_lowercase());
                }
                out
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Rvalue {
    Use(Operand),
    Op(Op, Vec<Operand>),
    Call(SpecId, Vec<Operand>),
    LoadGlobal(GlobalId),
}

impl Rvalue {
    /// The operands it reads.
    pub fn operands(&self) -> &[Operand] {
        match self {
            Rvalue::Use(o) => std::slice::from_ref(o),
            Rvalue::Op(_, args) | Rvalue::Call(_, args) => args,
            Rvalue::LoadGlobal(_) => &[],
        }
    }

    /// Whether the value assigned holds no reference: how the builder releases a temporary
    /// once its statement is done (`NoneOf` its type; 0 for an int).
    pub fn holds_nothing(&self) -> bool {
        matches!(self, Rvalue::Op(Op::NoneOf(_), _))
    }

    pub fn can_raise(&self) -> bool {
        match self {
            Rvalue::Op(op, _) => op.can_raise(),
            Rvalue::Call(..) => true,
            Rvalue::Use(_) | Rvalue::LoadGlobal(_) => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum InstKind {
    /// `dst = rv`. With `release_old`, the previous value of `dst` is released after the new
    /// value is computed (set by the refcount pass on owned heap locals).
    /// If `rv` raises, control goes to `handler` (the dispatch block of the enclosing `try`),
    /// or leaves the function when there is none.
    Assign {
        dst: Local,
        rv: Rvalue,
        release_old: bool,
        handler: Option<BlockId>,
    },
    /// Store into a module global; with `release_old`, release its previous value. `unbind`
    /// for `del name`: the value stored is its type's empty one and the name has none after
    /// (the unbound pass clears its flag, so that a later read raises NameError).
    StoreGlobal {
        global: GlobalId,
        value: Operand,
        release_old: bool,
        unbind: bool,
    },
    Incref(Local),
    /// Release a reference; a null (never assigned) local is skipped.
    Decref(Local),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub kind: InstKind,
    /// Source line, for tracebacks and debug info.
    pub line: u32,
}

impl Inst {
    /// `dst = rv` at `line`, outside any `try`.
    pub fn assign(dst: Local, rv: Rvalue, line: u32) -> Inst {
        Inst {
            kind: InstKind::Assign {
                dst,
                rv,
                release_old: false,
                handler: None,
            },
            line,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Goto(BlockId),
    Branch(Operand, BlockId, BlockId),
    Return(Operand),
    /// After a fallible assignment to `value`: go to `err` if it raised, else to `ok`.
    CheckError {
        value: Local,
        ok: BlockId,
        err: BlockId,
    },
    /// Propagate the pending exception to the caller, adding a traceback entry for `line`;
    /// with a `cleanup` block, continue there (it releases the frame's references) instead of
    /// leaving at once.
    Propagate {
        line: u32,
        cleanup: Option<BlockId>,
    },
    /// Leave the function with the pending exception (its traceback entry already added).
    Leave,
    /// The pending exception goes to `handler`, an `except`/`finally` of this function: record
    /// this frame's traceback entry for `line` (where it came from), then go there.
    Caught {
        line: u32,
        handler: BlockId,
    },
    Unreachable,
}

impl Terminator {
    /// Rewrites every block this terminator can go to.
    pub fn map_targets(&mut self, mut f: impl FnMut(BlockId) -> BlockId) {
        match self {
            Terminator::Goto(b) | Terminator::Caught { handler: b, .. } => *b = f(*b),
            Terminator::Branch(_, a, b) | Terminator::CheckError { ok: a, err: b, .. } => {
                *a = f(*a);
                *b = f(*b);
            }
            Terminator::Propagate {
                cleanup: Some(c), ..
            } => *c = f(*c),
            Terminator::Return(_)
            | Terminator::Propagate { cleanup: None, .. }
            | Terminator::Leave
            | Terminator::Unreachable => {}
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Terminator,
}

#[derive(Clone, Debug)]
pub struct LocalDecl {
    pub ty: MTy,
    pub name: String,
    /// Whether this local holds its own reference (set by the refcount pass).
    pub owned: bool,
    /// Whether this local only borrows items from containers, while nothing can free them (set
    /// by the borrow pass): its reads take no reference, and it is never released.
    pub borrowed: bool,
    /// For an int: proven by the ranges pass to always hold a small int, so it needs no
    /// reference counting.
    pub small: bool,
}

#[derive(Clone, Debug)]
pub struct Body {
    pub spec: SpecId,
    /// The specialization's readable name, e.g. `fib(int)`.
    pub name: String,
    /// The Python function name and its source file, for tracebacks.
    pub py_name: String,
    pub file: String,
    pub params: Vec<Local>,
    pub locals: Vec<LocalDecl>,
    pub blocks: Vec<Block>,
    pub ret: MTy,
    pub line: u32,
    /// A generator's resume function: it returns a null pointer (not an error) once finished,
    /// so its callers test the pending-exception flag.
    pub resume: bool,
    /// Inline it into every caller (set by the speculate pass on small versioned bodies,
    /// which the copy would otherwise make too large for LLVM's inliner).
    pub inline: bool,
    /// Compile it without LLVM's optimizations (library code that runs once per use:
    /// `modules::unoptimized`).
    pub unoptimized: bool,
    /// The bool local that the speculate pass's guards test (branches on it are weighted
    /// toward the fast version).
    pub guard: Option<Local>,
    /// The locals the speculate pass speculated on (indexed by local; empty when the body is
    /// not versioned): in the fast version they hold small ints, in the exact version too
    /// where their value came from the fast one.
    pub speculated: Vec<bool>,
    /// Set by the accumulate pass when the body loops instead of calling itself: the line of
    /// that call, where each loop-back is one more frame in a traceback.
    pub reenter_line: Option<u32>,
}

impl Body {
    pub fn ty(&self, l: Local) -> MTy {
        self.locals[l.0 as usize].ty
    }

    /// A new local (not owned, not known small), for the passes' temporaries.
    pub fn new_local(&mut self, ty: MTy, name: &str) -> Local {
        self.locals.push(LocalDecl {
            ty,
            name: name.into(),
            owned: false,
            borrowed: false,
            small: false,
        });
        Local(self.locals.len() as u32 - 1)
    }

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block {
            insts: vec![],
            term: Terminator::Unreachable,
        });
        BlockId(self.blocks.len() as u32 - 1)
    }

    pub fn block(&mut self, b: BlockId) -> &mut Block {
        &mut self.blocks[b.0 as usize]
    }
}

/// The whole program in MIR.
#[derive(Clone, Debug)]
pub struct Program {
    pub bodies: Vec<Body>,
    pub globals: Vec<(String, MTy)>,
    pub strings: Vec<String>,
    /// The element type of each list type.
    pub list_elems: Vec<MTy>,
    /// The item types of each tuple type.
    pub tuple_items: Vec<Vec<MTy>>,
    /// The key and value types of each dict type.
    pub dict_types: Vec<(MTy, MTy)>,
    /// The non-None type of each optional type.
    pub opt_inner: Vec<MTy>,
    /// The body of the module's top level.
    pub main: SpecId,
    /// Each class's method table for the runtime (`natrix_abi::ClassTable`): its `__repr__`
    /// (returning str), `__eq__` (returning bool) and `__hash__` (returning int)
    /// specializations, and whether its instances are unhashable without `__hash__` (it
    /// defines `__eq__`, or sets `__hash__ = None`).
    pub class_tables: Vec<ClassTable>,
    /// Statistics from the passes, for `--stats`.
    pub stats: Stats,
}

#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub increfs: usize,
    pub decrefs: usize,
    /// Refcount operations avoided by borrowing parameters that are never reassigned.
    pub refcount_ops_elided: usize,
    /// Locals that borrow the items they read from containers (`passes/borrow.rs`).
    pub borrowed_locals: usize,
}

impl Program {
    pub fn body(&self, s: SpecId) -> &Body {
        &self.bodies[s.0 as usize]
    }
}
