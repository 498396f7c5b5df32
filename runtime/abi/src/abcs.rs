//! The abstract base classes of `collections.abc` and `numbers` that `isinstance` tests
//! (`isinstance(x, Iterable)`, `isinstance(x, numbers.Real)`), and which of CPython's builtin types each one counts among its instances:
//! the compiler decides a test from a static type with this table, the runtime one of a value
//! of run-time type (`nx_dyn_isinstance`), so both give CPython's answer. A class of the
//! program is tested by the methods it defines (`compiler/src/hir.rs`, `Program::is_abc`).

/// The ABCs, by their name in `collections.abc` (`Set` is the abstract one: `typing.Set` is
/// `set`, `typing.AbstractSet` this).
pub const ABCS: &[&str] = &[
    "Hashable",
    "Iterable",
    "Iterator",
    "Generator",
    "Reversible",
    "Sized",
    "Container",
    "Collection",
    "Callable",
    "Sequence",
    "MutableSequence",
    "Set",
    "MutableSet",
    "Mapping",
    "MutableMapping",
    "MappingView",
    "KeysView",
    "ItemsView",
    "ValuesView",
    // (`numbers`: the numeric tower.)
    "Number",
    "Complex",
    "Real",
    "Rational",
    "Integral",
];

/// Whether `abc` (one of [`ABCS`]) is an ABC rather than a builtin type's name.
pub fn is_abc(name: &str) -> bool {
    ABCS.contains(&name)
}

/// Whether the ABC `sub` derives from the ABC `abc` (or is it), among those a class is
/// only an instance of by deriving from them (not by the methods it has).
pub fn abc_is_abc(sub: &str, abc: &str) -> bool {
    sub == abc
        || matches!(
            (sub, abc),
            ("MutableSequence", "Sequence")
                | ("MutableMapping", "Mapping")
                | ("MutableSet", "Set")
                | ("KeysView" | "ItemsView", "Set" | "MappingView")
                | ("ValuesView", "MappingView")
                | ("Complex", "Number")
                | ("Real", "Complex" | "Number")
                | ("Rational", "Real" | "Complex" | "Number")
                | ("Integral", "Rational" | "Real" | "Complex" | "Number")
        )
}

/// Whether an object of CPython's builtin type `ty` (its `type(x).__name__`) is an instance of
/// the ABC `abc`.
pub fn builtin_is_abc(ty: &str, abc: &str) -> bool {
    // What each builtin type is registered as (or has the methods of), beyond Hashable.
    let of: &str = match ty {
        "str" | "bytes" | "tuple" | "range" => {
            "Iterable Sized Container Collection Sequence Reversible"
        }
        "list" | "bytearray" => {
            "Iterable Sized Container Collection Sequence MutableSequence Reversible"
        }
        "dict" => "Iterable Sized Container Collection Mapping MutableMapping Reversible",
        "set" => "Iterable Sized Container Collection Set MutableSet",
        "frozenset" => "Iterable Sized Container Collection Set",
        "dict_keys" => "Iterable Sized Container Collection Set Reversible MappingView KeysView",
        "dict_items" => "Iterable Sized Container Collection Set Reversible MappingView ItemsView",
        "dict_values" => "Iterable Sized Container Collection Reversible MappingView ValuesView",
        "generator" => "Iterable Iterator Generator",
        "split_iterator" | "list_iterator" | "enumerate" | "zip" | "map" | "filter" => {
            "Iterable Iterator"
        }
        "function" | "builtin_function_or_method" | "method" | "type" => "Callable",
        "int" | "bool" => "Number Complex Real Rational Integral",
        "float" => "Number Complex Real",
        "Fraction" => "Number Complex Real Rational",
        _ => "",
    };
    if abc == "Hashable" {
        return !matches!(
            ty,
            "list" | "bytearray" | "dict" | "set" | "dict_keys" | "dict_items" | "dict_values"
        );
    }
    of.split(' ').any(|a| a == abc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_types_are_what_cpython_registers() {
        assert!(builtin_is_abc("list", "MutableSequence"));
        assert!(!builtin_is_abc("tuple", "MutableSequence"));
        assert!(builtin_is_abc("tuple", "Hashable"));
        assert!(!builtin_is_abc("dict", "Hashable"));
        assert!(builtin_is_abc("int", "Hashable"));
        assert!(!builtin_is_abc("int", "Iterable"));
        assert!(builtin_is_abc("dict_keys", "Set"));
        assert!(!builtin_is_abc("dict_values", "Set"));
        assert!(builtin_is_abc("bool", "Integral"));
        assert!(!builtin_is_abc("float", "Rational"));
        assert!(abc_is_abc("Integral", "Number"));
    }
}
