//! The attributes of values of builtin types (`dir(str)`, … in CPython 3.11), for
//! `hasattr(x, "name")` of a value whose builtin type is known when compiling.

use crate::types::{Ty, TyKind, TypeTable};
pub use natrix_abi::builtin_attrs::{has_attr, names};

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
