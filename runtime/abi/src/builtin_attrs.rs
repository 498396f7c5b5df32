//! The attributes of values of builtin types (`dir(str)`, … in CPython 3.11), for
//! `hasattr(x, "name")`: the compiler decides it from a static type with this table, the
//! runtime for a value of run-time type (`nx_dyn_hasattr`), so both give CPython's answer.

/// What `dir(int)` lists, and `dir(bool)` the same.
#[rustfmt::skip]
const INT: &[&str] = &[
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
];

/// The attribute names of each builtin type natrix decides `hasattr` for, sorted.
#[rustfmt::skip]
const ATTRS: &[(&str, &[&str])] = &[
    ("int", INT),
    ("bool", INT),
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
    ("BaseException", &[
        "__cause__", "__class__", "__context__", "__delattr__", "__dict__", "__dir__", "__doc__",
        "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
        "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__",
        "__reduce_ex__", "__repr__", "__setattr__", "__setstate__", "__sizeof__", "__str__",
        "__subclasshook__", "__suppress_context__", "__traceback__", "add_note", "args",
        "with_traceback"
    ]),
    ("function", &[
        "__annotations__", "__builtins__", "__call__", "__class__", "__closure__", "__code__",
        "__defaults__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__",
        "__ge__", "__get__", "__getattribute__", "__getstate__", "__globals__", "__gt__", "__hash__",
        "__init__", "__init_subclass__", "__kwdefaults__", "__le__", "__lt__", "__module__", "__name__",
        "__ne__", "__new__", "__qualname__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
        "__sizeof__", "__str__", "__subclasshook__"
    ]),
    ("generator", &[
        "__class__", "__del__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__lt__", "__name__", "__ne__", "__new__", "__next__", "__qualname__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__", "close", "gi_code", "gi_frame", "gi_running", "gi_suspended",
        "gi_yieldfrom", "send", "throw"
    ]),
    ("range", &[
        "__bool__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__", "__hash__",
        "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__",
        "__reduce__", "__reduce_ex__", "__repr__", "__reversed__", "__setattr__", "__sizeof__",
        "__str__", "__subclasshook__", "count", "index", "start", "step", "stop"
    ]),
    ("type", &[
        "__abstractmethods__", "__annotations__", "__base__", "__bases__", "__basicsize__", "__call__",
        "__class__", "__delattr__", "__dict__", "__dictoffset__", "__dir__", "__doc__", "__eq__",
        "__flags__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
        "__init__", "__init_subclass__", "__instancecheck__", "__itemsize__", "__le__", "__lt__",
        "__module__", "__mro__", "__name__", "__ne__", "__new__", "__or__", "__prepare__",
        "__qualname__", "__reduce__", "__reduce_ex__", "__repr__", "__ror__", "__setattr__",
        "__sizeof__", "__str__", "__subclasscheck__", "__subclasses__", "__subclasshook__",
        "__text_signature__", "__weakrefoffset__", "mro"
    ]),
    ("object", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
        "__setattr__", "__sizeof__", "__str__", "__subclasshook__"
    ]),
];

/// Names a dict has or not by its kind when the program runs (a `defaultdict` is a dict
/// to natrix's types; `Counter` and `OrderedDict` are classes of the library).
pub const DICT_KINDS: &[&str] = &["__copy__", "__missing__", "default_factory"];

/// Whether builtin type `ty` (its Python name) has attribute `name` in its `dir()`; `None`
/// when the type is not one of these.
pub fn type_has(ty: &str, name: &str) -> Option<bool> {
    let (_, names) = ATTRS.iter().find(|(n, _)| *n == ty)?;
    Some(names.binary_search(&name).is_ok())
}

/// Whether a value of builtin type `ty` (its Python name) has attribute `name`; `None` when
/// that depends on more than the type natrix knows (a set's frozenness, a dict's kind) or
/// the type is not one of these.
pub fn has_attr(ty: &str, name: &str) -> Option<bool> {
    match ty {
        // (Frozenness is the object's: agreed by both, or not known.)
        "set" => type_has("set", name).filter(|has| type_has("frozenset", name) == Some(*has)),
        "dict" if DICT_KINDS.contains(&name) => None,
        _ => type_has(ty, name),
    }
}

/// Every attribute name of the builtin types here.
pub fn names() -> impl Iterator<Item = &'static str> {
    ATTRS.iter().flat_map(|(_, names)| names.iter().copied())
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
        assert_eq!(has_attr("generator", "send"), Some(true));
        assert_eq!(has_attr("function", "__name__"), Some(true));
        assert_eq!(has_attr("cell", "x"), None);
    }
}
