//! The attributes of values of builtin types (`dir(str)`, … in CPython 3.11), for
//! `hasattr(x, "name")` of a value whose builtin type is known when compiling.

use crate::types::{Ty, TyKind, TypeTable};

/// The attribute names of each builtin type natrix decides `hasattr` for, sorted.
#[rustfmt::skip]
const ATTRS: &[(&str, &[&str])] = &[
    ("int", &[
        "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__",
        "__dir__", "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__",
        "__format__", "__ge__", "__getattribute__", "__getnewargs__", "__getstate__", "__gt__",
        "__hash__", "__index__", "__init__", "__init_subclass__", "__int__", "__invert__", "__le__",
        "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__or__",
        "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__",
        "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__",
        "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
        "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
        "__trunc__", "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate",
        "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes"
    ]),
    ("bool", &[
        "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__",
        "__dir__", "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__",
        "__format__", "__ge__", "__getattribute__", "__getnewargs__", "__getstate__", "__gt__",
        "__hash__", "__index__", "__init__", "__init_subclass__", "__int__", "__invert__", "__le__",
        "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__or__",
        "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__",
        "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__",
        "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
        "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
        "__trunc__", "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate",
        "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes"
    ]),
    ("float", &[
        "__abs__", "__add__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__",
        "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__",
        "__ge__", "__getattribute__", "__getformat__", "__getnewargs__", "__getstate__", "__gt__",
        "__hash__", "__init__", "__init_subclass__", "__int__", "__le__", "__lt__", "__mod__",
        "__mul__", "__ne__", "__neg__", "__new__", "__pos__", "__pow__", "__radd__", "__rdivmod__",
        "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__", "__rmod__", "__rmul__",
        "__round__", "__rpow__", "__rsub__", "__rtruediv__", "__setattr__", "__sizeof__", "__str__",
        "__sub__", "__subclasshook__", "__truediv__", "__trunc__", "as_integer_ratio", "conjugate",
        "fromhex", "hex", "imag", "is_integer", "real"
    ]),
    ("str", &[
        "__add__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__", "__getstate__",
        "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__",
        "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
        "__repr__", "__rmod__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__", "capitalize", "casefold", "center", "count", "encode", "endswith",
        "expandtabs", "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii",
        "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
        "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
        "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
        "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
        "translate", "upper", "zfill"
    ]),
    ("bytes", &[
        "__add__", "__bytes__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__",
        "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__",
        "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__",
        "__len__", "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__",
        "__reduce_ex__", "__repr__", "__rmod__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__", "capitalize", "center", "count", "decode", "endswith", "expandtabs",
        "find", "fromhex", "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower",
        "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans",
        "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
        "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
        "title", "translate", "upper", "zfill"
    ]),
    ("list", &[
        "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__",
        "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
        "__getstate__", "__gt__", "__hash__", "__iadd__", "__imul__", "__init__",
        "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__",
        "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__", "__rmul__",
        "__setattr__", "__setitem__", "__sizeof__", "__str__", "__subclasshook__", "append",
        "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"
    ]),
    ("tuple", &[
        "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
        "__getnewargs__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__", "__new__", "__reduce__",
        "__reduce_ex__", "__repr__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__", "count", "index"
    ]),
    ("dict", &[
        "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
        "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__ior__",
        "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__or__", "__reduce__",
        "__reduce_ex__", "__repr__", "__reversed__", "__ror__", "__setattr__", "__setitem__",
        "__sizeof__", "__str__", "__subclasshook__", "clear", "copy", "fromkeys", "get", "items",
        "keys", "pop", "popitem", "setdefault", "update", "values"
    ]),
    ("set", &[
        "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
        "__hash__", "__iand__", "__init__", "__init_subclass__", "__ior__", "__isub__", "__iter__",
        "__ixor__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__or__", "__rand__",
        "__reduce__", "__reduce_ex__", "__repr__", "__ror__", "__rsub__", "__rxor__", "__setattr__",
        "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__xor__", "add", "clear", "copy",
        "difference", "difference_update", "discard", "intersection", "intersection_update",
        "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference",
        "symmetric_difference_update", "union", "update"
    ]),
    ("frozenset", &[
        "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
        "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__",
        "__ne__", "__new__", "__or__", "__rand__", "__reduce__", "__reduce_ex__", "__repr__",
        "__ror__", "__rsub__", "__rxor__", "__setattr__", "__sizeof__", "__str__", "__sub__",
        "__subclasshook__", "__xor__", "copy", "difference", "intersection", "isdisjoint",
        "issubset", "issuperset", "symmetric_difference", "union"
    ]),
    ("NoneType", &[
        "__bool__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
        "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
        "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
        "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__"
    ]),
];

/// Names a dict has or not by its kind when the program runs (a `defaultdict` is a dict
/// to natrix's types; `Counter` and `OrderedDict` are classes of the library).
const DICT_KINDS: &[&str] = &["__copy__", "__missing__", "default_factory"];

/// Whether a value of builtin type `ty` (its Python name) has attribute `name`; `None` when
/// that depends on more than the type natrix knows (a set's frozenness, a dict's kind) or
/// the type is not one of these.
pub fn has_attr(ty: &str, name: &str) -> Option<bool> {
    let of = |t: &str| {
        let (_, names) = ATTRS.iter().find(|(n, _)| *n == t)?;
        Some(names.binary_search(&name).is_ok())
    };
    match ty {
        // (Frozenness is the object's: agreed by both, or not known.)
        "set" => of("set").filter(|has| of("frozenset") == Some(*has)),
        "dict" if DICT_KINDS.contains(&name) => None,
        _ => of(ty),
    }
}

/// Every attribute name of the builtin types here.
pub fn names() -> impl Iterator<Item = &'static str> {
    ATTRS.iter().flat_map(|(_, names)| names.iter().copied())
}

/// [`has_attr`] of a value of type `t`, when its builtin type is known.
pub fn has_attr_of(types: &TypeTable, t: Ty, name: &str) -> Option<bool> {
    let ty = match types.kind(t) {
        TyKind::Int => "int",
        TyKind::Bool => "bool",
        TyKind::Float => "float",
        TyKind::Str => "str",
        TyKind::Bytes => "bytes",
        TyKind::None => "NoneType",
        TyKind::List(_) if types.view(t).is_none() => "list",
        TyKind::Tuple(_) | TyKind::TupleOf(_) => "tuple",
        TyKind::Dict(_) => "dict",
        TyKind::Set(_) => "set",
        _ => return None,
    };
    has_attr(ty, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_for_binary_search() {
        for (ty, names) in ATTRS {
            assert!(names.windows(2).all(|w| w[0] < w[1]), "{ty}");
        }
    }

    #[test]
    fn answers() {
        assert_eq!(has_attr("str", "upper"), Some(true));
        assert_eq!(has_attr("list", "upper"), Some(false));
        assert_eq!(has_attr("set", "add"), None);
        assert_eq!(has_attr("set", "union"), Some(true));
        assert_eq!(has_attr("dict", "default_factory"), None);
        assert_eq!(has_attr("dict", "__add__"), Some(false));
        assert_eq!(has_attr("NoneType", "__class__"), Some(true));
        assert_eq!(has_attr("generator", "send"), None);
    }
}
