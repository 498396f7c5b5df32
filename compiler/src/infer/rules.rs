//! The typing rules of operators and builtins over scalar types: pure functions of the
//! operand types (and, for `**`, of the exponent's sign), shared by the expression cases of
//! `infer.rs`.

use super::*;

pub(super) fn is_intlike(t: Ty) -> bool {
    t == TypeTable::INT || t == TypeTable::BOOL
}

/// The result type of a binary operator, or `None` if Python rejects the operands.
pub(super) fn binary_type(op: BinOp, a: Ty, b: Ty, exp: Exponent) -> Option<Ty> {
    use TypeTable as T;
    // `@` is defined by classes only (`__matmul__`, handled before this).
    if op == BinOp::MatMul {
        return None;
    }
    // A dynamic operand with a scalar (or another dynamic value): the runtime applies
    // Python's rules to the values it meets.
    if (a == T::DYN || b == T::DYN) && is_scalar(a) && is_scalar(b) {
        return Some(T::DYN);
    }
    let num = |t: Ty| is_intlike(t) || t == T::FLOAT;
    let both_int = is_intlike(a) && is_intlike(b);
    let both_num = num(a) && num(b);
    let arith = if both_int {
        Some(T::INT)
    } else if both_num {
        Some(T::FLOAT)
    } else {
        None
    };
    match op {
        BinOp::Add if a == T::STR && b == T::STR => Some(T::STR),
        BinOp::Add if a == T::BYTES && b == T::BYTES => Some(T::BYTES),
        BinOp::Mul if (a == T::BYTES && is_intlike(b)) || (is_intlike(a) && b == T::BYTES) => {
            Some(T::BYTES)
        }
        BinOp::Mul if (a == T::STR && is_intlike(b)) || (is_intlike(a) && b == T::STR) => {
            Some(T::STR)
        }
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod => arith,
        BinOp::Div => both_num.then_some(T::FLOAT),
        // `int ** int` is a float for a negative exponent: an int only when the exponent is
        // known not to be negative, a value of run-time type when it may be either.
        BinOp::Pow if both_int => Some(match exp {
            Exponent::Negative => T::FLOAT,
            Exponent::NonNegative => T::INT,
            Exponent::Unknown => T::DYN,
        }),
        BinOp::Pow => arith,
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if a == T::BOOL && b == T::BOOL => {
            Some(T::BOOL)
        }
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift => {
            both_int.then_some(T::INT)
        }
        BinOp::MatMul => None,
    }
}

/// A type a dynamic value may be combined with by operators: numbers, str, None, or dynamic.
pub(super) fn is_scalar(t: Ty) -> bool {
    use TypeTable as T;
    matches!(t, T::INT | T::BOOL | T::FLOAT | T::STR | T::NONE | T::DYN)
}

pub(super) fn comparable(types: &TypeTable, op: CmpOp, a: Ty, b: Ty) -> bool {
    if (a == TypeTable::DYN || b == TypeTable::DYN) && is_scalar(a) && is_scalar(b) {
        return true;
    }
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        // `x == None`, `x == "a"` for an `Optional[str]` x: None is equal only to None.
        match (types.nullable(a), types.nullable(b)) {
            (Some(x), _) if b == TypeTable::NONE || comparable(types, op, x, b) => return true,
            (_, Some(y)) if a == TypeTable::NONE || comparable(types, op, a, y) => return true,
            _ => {}
        }
    }
    let num = |t: Ty| types.is_numeric(t);
    // Values of different scalar families are never equal (`"1" == 1` is False): the result
    // is a constant once both operands are evaluated (`mir/build/compare.rs`).
    // (Containers of different kinds too: `(1, 2) == [1, 2]` is False.)
    let family = |t: Ty| match t {
        TypeTable::STR => Some(1),
        TypeTable::BYTES => Some(2),
        TypeTable::NONE => Some(3),
        _ if num(t) => Some(0),
        _ if types.view(t).is_some() => None,
        _ if types.site(t).is_some() => Some(4),
        _ if matches!(types.kind(t), TyKind::Tuple(_) | TyKind::TupleOf(_)) => Some(5),
        _ if types.dict_site(t).is_some() => Some(6),
        _ if types.set_site(t).is_some() => Some(7),
        _ => None,
    };
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && family(a).is_some() && family(b).is_some() {
        return true;
    }
    // Function values: the same function (bound methods: of the same object).
    let func = |t: Ty| matches!(types.kind(t), TyKind::Closure(_));
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && func(a) && func(b) {
        return true;
    }
    (num(a) && num(b))
        || (a == TypeTable::STR && b == TypeTable::STR)
        || (a == TypeTable::BYTES && b == TypeTable::BYTES)
        || (matches!(op, CmpOp::Eq | CmpOp::Ne) && a == TypeTable::NONE && b == TypeTable::NONE)
}

/// The result type of a builtin call; the error message uses `{}` for the argument types.
pub(super) fn builtin_type(b: Builtin, tys: &[Ty]) -> Result<Ty, &'static str> {
    use TypeTable as T;
    let n = tys.len();
    match b {
        Builtin::Print => Ok(T::NONE),
        Builtin::NewExc(_) | Builtin::NewExcFrom(_) => Ok(T::EXC),
        Builtin::TypeQualName => Ok(T::STR),
        Builtin::HasAttr => Ok(T::BOOL),
        Builtin::Callable if n == 1 => Ok(T::BOOL),
        Builtin::Callable => Err("callable() takes exactly one argument ({})"),
        Builtin::ClassOf if n == 1 => Ok(T::DYN),
        Builtin::ClassOf => Err("type() of ({}) is not supported: it takes one argument"),
        Builtin::IsInstanceOf | Builtin::IsSubclassOf => Ok(T::BOOL),
        Builtin::UnpackSource => Ok(T::NEVER),
        Builtin::CopyFuncName | Builtin::ReprLeave => Ok(T::NONE),
        Builtin::ReprEnter => Ok(T::BOOL),
        Builtin::YieldFromResult => Ok(T::DYN),
        Builtin::Bytes
            if n == 0
                || (n == 1 && is_intlike(tys[0]))
                || ((n == 2 || n == 3) && tys.iter().all(|t| *t == T::STR)) =>
        {
            Ok(T::BYTES)
        }
        Builtin::Bytes if n == 1 && (tys[0] == T::BYTES || tys[0] == T::DYN) => Ok(T::BYTES),
        Builtin::Bytes => Err("bytes() of ({}) is not supported"),
        Builtin::FrozenSet => Err("frozenset() of ({}) is not supported"),
        Builtin::RangeValue => Err("range() of ({}) is not supported"),
        // The value of a conversion of a literal %-template: a number converts; a str, None
        // or bytes, and a value of run-time type, are checked when the program runs
        // (`nx_percent_dyn_arg`: CPython's TypeError, or the str of one character for `%c`).
        Builtin::PercentInt | Builtin::PercentReal | Builtin::PercentChar if tys[0] == T::DYN => {
            Ok(T::DYN)
        }
        Builtin::PercentInt
            if matches!(tys[0], T::INT | T::BOOL | T::FLOAT | T::STR | T::NONE | T::BYTES) =>
        {
            Ok(T::INT)
        }
        Builtin::PercentReal if matches!(tys[0], T::INT | T::BOOL | T::FLOAT) => Ok(tys[0]),
        Builtin::PercentReal if matches!(tys[0], T::STR | T::NONE | T::BYTES) => Ok(T::FLOAT),
        Builtin::PercentChar
            if matches!(tys[0], T::INT | T::BOOL | T::FLOAT | T::STR | T::NONE | T::BYTES) =>
        {
            Ok(T::STR)
        }
        Builtin::PercentInt | Builtin::PercentReal | Builtin::PercentChar => {
            Err("%-formatting of ({}) is not supported")
        }
        Builtin::Tuple => Err("tuple() of ({}) is not supported yet"),
        // A copy has the type of what it copies.
        Builtin::Copy | Builtin::DeepCopy if n == 1 => Ok(tys[0]),
        Builtin::Copy | Builtin::DeepCopy => Err("copy of ({}) is not supported"),
        Builtin::StrSeed if n == 1 && matches!(tys[0], T::STR | T::DYN) => Ok(T::INT),
        Builtin::StrSeed => Err("seed of ({}) is not supported"),
        Builtin::ClockNs if n == 1 && tys[0] == T::INT => Ok(T::INT),
        Builtin::ClockNs => Err("a clock of ({}) is not supported"),
        Builtin::UtcOffset if n == 1 && matches!(tys[0], T::INT | T::DYN) => Ok(T::INT),
        Builtin::UtcOffset => Err("the UTC offset at ({}) is not supported"),
        Builtin::TextTable if n == 2 && tys[0] == T::INT && tys[1] == T::STR => Ok(T::STR),
        Builtin::TextTable => Err("the text table of ({}) is not supported"),
        Builtin::FormatException if n == 2 && tys[1] == T::INT && matches!(tys[0], T::EXC | T::DYN) => {
            Ok(T::STR)
        }
        Builtin::FormatException => Err("the text of exception ({}) is not supported"),
        Builtin::Sleep if n == 1 && matches!(tys[0], T::INT | T::BOOL | T::FLOAT | T::DYN) => Ok(T::NONE),
        Builtin::Sleep => Err("sleep() of ({}) is not supported: it takes an int or a float"),
        Builtin::FileOpen if n == 2 && tys.iter().all(|t| matches!(*t, T::STR | T::DYN)) => {
            Ok(T::INT)
        }
        Builtin::FileOpen => Err("open() of ({}) is not supported: the path must be a str"),
        Builtin::FileRead if n == 1 && tys[0] == T::INT => Ok(T::BYTES),
        Builtin::FileWrite if n == 2 && tys[0] == T::INT && tys[1] == T::BYTES => Ok(T::NONE),
        Builtin::FileWrite => Err("write() of ({}) is not supported"),
        Builtin::FileFlush | Builtin::FileClose if n == 1 && tys[0] == T::INT => Ok(T::NONE),
        Builtin::FileRead | Builtin::FileFlush | Builtin::FileClose => {
            Err("a file operation of ({}) is not supported")
        }
        Builtin::OsStat if n == 2 && matches!(tys[0], T::STR | T::DYN) && tys[1] == T::INT => {
            Ok(T::INT)
        }
        Builtin::OsChange
            if n == 3 && tys[0] == T::INT && tys[1..].iter().all(|t| matches!(*t, T::STR | T::DYN)) =>
        {
            Ok(T::NONE)
        }
        Builtin::OsStat | Builtin::OsChange => {
            Err("`os` of ({}) is not supported: a path must be a str")
        }
        Builtin::IsATty if n == 1 && tys[0] == T::INT => Ok(T::BOOL),
        Builtin::IsATty => Err("isatty() of ({}) is not supported"),
        Builtin::OsGetcwd if n == 0 => Ok(T::STR),
        Builtin::OsGetcwd => Err("getcwd() of ({}) is not supported"),
        Builtin::OsGetpid if n == 0 => Ok(T::INT),
        Builtin::OsGetpid => Err("getpid() of ({}) is not supported"),
        Builtin::BaseText => Ok(T::STR),
        Builtin::MakeTrans => Err(
            "str.maketrans() of ({}) is not supported yet: it takes two strs of equal length and a third of characters to delete",
        ),
        Builtin::ZipStar => {
            Err("zip(*rows) of ({}) is not supported yet: rows must be a list of lists or of tuples of one item type")
        }
        Builtin::Abs if n == 1 && is_intlike(tys[0]) => Ok(T::INT),
        Builtin::Abs if n == 1 && tys[0] == T::FLOAT => Ok(T::FLOAT),
        Builtin::Abs if n == 1 && tys[0] == T::DYN => Ok(T::DYN),
        Builtin::Abs => Err("abs() needs one number, got ({})"),
        Builtin::Min | Builtin::Max if n >= 2 => {
            if tys.iter().all(|t| *t == tys[0])
                && matches!(tys[0], T::INT | T::FLOAT | T::STR | T::BOOL | T::DYN)
            {
                Ok(tys[0])
            } else if tys
                .iter()
                .all(|t| matches!(*t, T::INT | T::FLOAT | T::BOOL | T::DYN))
            {
                // An int and a float: the result is whichever wins, with its own type.
                Ok(T::DYN)
            } else {
                Err("min()/max() of arguments of different types ({}) is not supported yet")
            }
        }
        Builtin::Min | Builtin::Max => {
            Err("min()/max() of one iterable is not supported yet; pass two or more arguments ({})")
        }
        // (`round(x, None)` is `round(x)`.)
        Builtin::Round
            if (n == 1 || (n == 2 && tys[1] == T::NONE))
                && (is_intlike(tys[0]) || tys[0] == T::FLOAT) =>
        {
            Ok(T::INT)
        }
        Builtin::Round if n == 2 && tys[1] == T::NONE && tys[0] == T::DYN => Ok(T::DYN),
        Builtin::Round if n == 2 && is_intlike(tys[1]) && tys[0] == T::FLOAT => Ok(T::FLOAT),
        Builtin::Round if n == 2 && is_intlike(tys[1]) && is_intlike(tys[0]) => Ok(T::INT),
        Builtin::Round if n == 1 && tys[0] == T::DYN => Ok(T::DYN),
        Builtin::Round if n == 2 && is_intlike(tys[1]) && tys[0] == T::DYN => Ok(T::DYN),
        Builtin::Round => Err("round() takes a number and an optional int ({})"),
        Builtin::Int if n == 0 => Ok(T::INT),
        Builtin::Int
            if n == 1 && matches!(tys[0], T::INT | T::BOOL | T::FLOAT | T::STR | T::BYTES | T::DYN) =>
        {
            Ok(T::INT)
        }
        Builtin::Int => Err("int() of ({}) is not supported"),
        Builtin::Float if n == 0 => Ok(T::FLOAT),
        Builtin::Float
            if n == 1 && matches!(tys[0], T::INT | T::BOOL | T::FLOAT | T::STR | T::DYN) =>
        {
            Ok(T::FLOAT)
        }
        Builtin::Float => Err("float() of ({}) is not supported"),
        Builtin::Str if n == 0 => Ok(T::STR),
        Builtin::Str
            if n == 1
                && matches!(tys[0], T::INT | T::BOOL | T::FLOAT | T::STR | T::NONE | T::DYN | T::BYTES) =>
        {
            Ok(T::STR)
        }
        // `str(b, encoding[, errors])`: `b.decode(…)`.
        Builtin::Str
            if (n == 2 || n == 3) && tys[0] == T::BYTES && tys[1..].iter().all(|t| *t == T::STR) =>
        {
            Ok(T::STR)
        }
        Builtin::Str => Err("str() of ({}) is not supported"),
        Builtin::Bool if n == 0 => Ok(T::BOOL),
        Builtin::Bool
            if n == 1
                && matches!(tys[0], T::INT | T::BOOL | T::FLOAT | T::STR | T::NONE | T::DYN | T::BYTES) =>
        {
            Ok(T::BOOL)
        }
        Builtin::Bool => Err("bool() of ({}) is not supported"),
        Builtin::Len if n == 1 && matches!(tys[0], T::STR | T::BYTES | T::DYN) => Ok(T::INT),
        Builtin::Len => Err("len() of ({}) is not supported yet"),
        Builtin::Hash
            if n == 1 && matches!(tys[0], T::INT | T::BOOL | T::FLOAT | T::STR | T::BYTES | T::DYN) =>
        {
            Ok(T::INT)
        }
        Builtin::Hash => Err("hash() of ({}) is not supported"),
        Builtin::Format
            if (n == 1 || (n == 2 && matches!(tys[1], T::STR | T::DYN)))
                && matches!(tys[0], T::INT | T::BOOL | T::FLOAT | T::STR | T::NONE | T::DYN) =>
        {
            Ok(T::STR)
        }
        Builtin::Format
            if tys[0] == T::BYTES && (n == 1 || (n == 2 && matches!(tys[1], T::STR | T::DYN))) =>
        {
            Ok(T::STR)
        }
        Builtin::Format => Err("format() of ({}) is not supported"),
        Builtin::Repr
            if n == 1
                && matches!(tys[0], T::INT | T::BOOL | T::FLOAT | T::STR | T::NONE | T::DYN | T::BYTES) =>
        {
            Ok(T::STR)
        }
        Builtin::Repr => Err("repr() of ({}) is not supported"),
        Builtin::Sum => Err("sum() of ({}) is not supported yet"),
        Builtin::Sorted => Err("sorted() of ({}) is not supported yet"),
        Builtin::List => Err("list() of ({}) is not supported yet"),
        Builtin::Ord if n == 1 && matches!(tys[0], T::STR | T::BYTES | T::DYN) => Ok(T::INT),
        Builtin::Ord => Err("ord() expected a string of length 1, not ({})"),
        Builtin::Chr if n == 1 && (is_intlike(tys[0]) || tys[0] == T::DYN) => Ok(T::STR),
        Builtin::Chr => Err("chr() of ({}) is not supported"),
        Builtin::Dict => Err("dict() of ({}) is not supported yet"),
        Builtin::Set => Err("set() of ({}) is not supported yet"),
        Builtin::Hex
        | Builtin::Oct
        | Builtin::Bin
        | Builtin::Pow
        | Builtin::Divmod
        | Builtin::Any
        | Builtin::All
        | Builtin::Next
        | Builtin::Ascii
        | Builtin::SysExit
        | Builtin::SysArgv
        | Builtin::HandledException
        | Builtin::SysPlatform
        | Builtin::SetRecursionLimit
        | Builtin::GetRecursionLimit
        | Builtin::Input
        | Builtin::Id
        | Builtin::StdinRead
        | Builtin::StdinReadline
        | Builtin::StdinReadlines
        | Builtin::OsListdir
        | Builtin::OsEnviron => Err("({}) is not supported here"),
        Builtin::FloatFromHex if n == 1 && tys[0] == T::STR => Ok(T::FLOAT),
        Builtin::FloatFromHex => Err("float.fromhex() of ({}) is not supported"),
        Builtin::IntFromBytes
            if n == 3 && tys[0] == T::BYTES && tys[1] == T::STR && tys[2] == T::BOOL =>
        {
            Ok(T::INT)
        }
        Builtin::IntFromBytes => Err("int.from_bytes() of ({}) is not supported"),
        // (Typed before the rules: any lists, their items checked when it runs.)
        Builtin::Hypot | Builtin::Dist => Ok(T::FLOAT),
        Builtin::BytesFromHex if n == 1 && tys[0] == T::STR => Ok(T::BYTES),
        Builtin::BytesFromHex => Err("bytes.fromhex() of ({}) is not supported"),
        Builtin::Math(i) => {
            use crate::builtins::{Num, MATH_FNS};
            let f = &MATH_FNS[i as usize];
            let ok = f.params.iter().zip(tys).all(|(p, t)| match p {
                Num::Float => is_intlike(*t) || *t == T::FLOAT || *t == T::DYN,
                Num::Int | Num::Bool => is_intlike(*t) || *t == T::DYN,
            });
            if !ok {
                return Err("math function arguments must be numbers here ({})");
            }
            Ok(match f.ret {
                Num::Float => T::FLOAT,
                Num::Int => T::INT,
                Num::Bool => T::BOOL,
            })
        }
    }
}
