//! The methods of builtin types that map one-to-one onto a runtime function, as data: inference
//! reads their signatures, MIR lowering their runtime entry points.

/// A parameter or result of a builtin method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Str,
    Int,
    Bool,
    /// A new list of str.
    StrList,
}

/// `str.<name>(params…) -> ret`, implemented by the runtime function `runtime`. `extra` is a
/// constant string appended as the last argument (the default fill character of `center`).
pub struct StrMethod {
    pub name: &'static str,
    pub params: &'static [Shape],
    pub ret: Shape,
    pub runtime: &'static str,
    pub extra: Option<&'static str>,
}

const fn m(name: &'static str, params: &'static [Shape], ret: Shape, runtime: &'static str) -> StrMethod {
    StrMethod { name, params, ret, runtime, extra: None }
}

const fn fill(name: &'static str, runtime: &'static str) -> StrMethod {
    StrMethod { name, params: &[Shape::Int], ret: Shape::Str, runtime, extra: Some(" ") }
}

use Shape::*;

/// Every supported `str` method, overloaded by arity.
pub const STR_METHODS: &[StrMethod] = &[
    m("find", &[Str], Int, "nx_str_find"),
    m("rfind", &[Str], Int, "nx_str_rfind"),
    m("index", &[Str], Int, "nx_str_index"),
    m("rindex", &[Str], Int, "nx_str_rindex"),
    m("count", &[Str], Int, "nx_str_count"),
    m("startswith", &[Str], Bool, "nx_str_startswith"),
    m("endswith", &[Str], Bool, "nx_str_endswith"),
    m("upper", &[], Str, "nx_str_upper"),
    m("lower", &[], Str, "nx_str_lower"),
    m("capitalize", &[], Str, "nx_str_capitalize"),
    m("title", &[], Str, "nx_str_title"),
    m("swapcase", &[], Str, "nx_str_swapcase"),
    m("strip", &[], Str, "nx_str_strip"),
    m("lstrip", &[], Str, "nx_str_lstrip"),
    m("rstrip", &[], Str, "nx_str_rstrip"),
    m("strip", &[Str], Str, "nx_str_strip_chars"),
    m("lstrip", &[Str], Str, "nx_str_lstrip_chars"),
    m("rstrip", &[Str], Str, "nx_str_rstrip_chars"),
    m("replace", &[Str, Str], Str, "nx_str_replace"),
    m("replace", &[Str, Str, Int], Str, "nx_str_replace_count"),
    m("split", &[], StrList, "nx_str_split_ws"),
    m("split", &[Str], StrList, "nx_str_split"),
    m("split", &[Str, Int], StrList, "nx_str_split_max"),
    m("rsplit", &[Str, Int], StrList, "nx_str_rsplit_max"),
    m("splitlines", &[], StrList, "nx_str_splitlines"),
    m("join", &[StrList], Str, "nx_str_join"),
    m("isdigit", &[], Bool, "nx_str_isdigit"),
    m("isalpha", &[], Bool, "nx_str_isalpha"),
    m("isalnum", &[], Bool, "nx_str_isalnum"),
    m("isspace", &[], Bool, "nx_str_isspace"),
    m("isupper", &[], Bool, "nx_str_isupper"),
    m("islower", &[], Bool, "nx_str_islower"),
    m("istitle", &[], Bool, "nx_str_istitle"),
    fill("center", "nx_str_center"),
    fill("ljust", "nx_str_ljust"),
    fill("rjust", "nx_str_rjust"),
    m("center", &[Int, Str], Str, "nx_str_center"),
    m("ljust", &[Int, Str], Str, "nx_str_ljust"),
    m("rjust", &[Int, Str], Str, "nx_str_rjust"),
    m("zfill", &[Int], Str, "nx_str_zfill"),
];

/// The `str` method of this name taking `arity` arguments.
pub fn str_method(name: &str, arity: usize) -> Option<&'static StrMethod> {
    STR_METHODS.iter().find(|m| m.name == name && m.params.len() == arity)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_method_names_a_runtime_function() {
        for m in super::STR_METHODS {
            let f = natrix_abi::runtime_fn(m.runtime).unwrap_or_else(|| panic!("{} is not in the ABI", m.runtime));
            assert_eq!(f.params.len(), 1 + m.params.len() + m.extra.is_some() as usize, "{}", m.runtime);
        }
    }
}
