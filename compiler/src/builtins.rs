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
    /// A new tuple of three strs (`partition`).
    StrTriple,
    /// A bytes object.
    Bytes,
    /// A new list of bytes objects.
    BytesList,
    /// A new tuple of three bytes objects (`partition`).
    BytesTriple,
    /// A dict whose keys are code points (`translate`'s table).
    CodeTable,
}

/// A constant appended as the last argument of a method's runtime call: the default of a
/// parameter the call left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extra {
    /// A str (the default fill character of `center`).
    Str(&'static str),
    /// An int (the default `end` of `find(sub, start)`: past any str).
    Int(i64),
}

/// `str.<name>(params…) -> ret`, implemented by the runtime function `runtime`, with `extra`
/// appended to the arguments.
pub struct StrMethod {
    pub name: &'static str,
    pub params: &'static [Shape],
    pub ret: Shape,
    pub runtime: &'static str,
    pub extra: Option<Extra>,
}

const fn m(
    name: &'static str,
    params: &'static [Shape],
    ret: Shape,
    runtime: &'static str,
) -> StrMethod {
    StrMethod {
        name,
        params,
        ret,
        runtime,
        extra: None,
    }
}

const fn fill(name: &'static str, runtime: &'static str) -> StrMethod {
    StrMethod {
        name,
        params: &[Shape::Int],
        ret: Shape::Str,
        runtime,
        extra: Some(Extra::Str(" ")),
    }
}

/// `str.<name>(sub, start[, end])`: both arities, onto the runtime function over a window.
macro_rules! windowed {
    ($name:literal, $ret:expr, $runtime:literal) => {
        [
            StrMethod {
                name: $name,
                params: &[Str, Int],
                ret: $ret,
                runtime: $runtime,
                extra: Some(Extra::Int(natrix_abi::SMALL_INT_MAX)),
            },
            m($name, &[Str, Int, Int], $ret, $runtime),
        ]
    };
}

use Shape::*;

/// The set methods that take any number of sets or iterables (`a.union(b, c)`, one at a time
/// on the result so far; of none, a copy or nothing).
pub const SET_METHODS_OF_SEVERAL: &[&str] = &[
    "union",
    "intersection",
    "difference",
    "update",
    "intersection_update",
    "difference_update",
];

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
    // (Without a count, splitting from the right gives what splitting from the left does.)
    m("rsplit", &[], StrList, "nx_str_split_ws"),
    m("rsplit", &[Str], StrList, "nx_str_split"),
    m("removeprefix", &[Str], Str, "nx_str_removeprefix"),
    m("removesuffix", &[Str], Str, "nx_str_removesuffix"),
    m("casefold", &[], Str, "nx_str_casefold"),
    m("isnumeric", &[], Bool, "nx_str_isnumeric"),
    m("isdecimal", &[], Bool, "nx_str_isdecimal"),
    m("isprintable", &[], Bool, "nx_str_isprintable"),
    m("expandtabs", &[Int], Str, "nx_str_expandtabs"),
    StrMethod {
        name: "expandtabs",
        params: &[],
        ret: Str,
        runtime: "nx_str_expandtabs",
        extra: Some(Extra::Int(8)),
    },
    m("splitlines", &[], StrList, "nx_str_splitlines"),
    m("splitlines", &[Bool], StrList, "nx_str_splitlines_keepends"),
    m("partition", &[Str], StrTriple, "nx_str_partition"),
    m("rpartition", &[Str], StrTriple, "nx_str_rpartition"),
    m("join", &[StrList], Str, "nx_str_join"),
    m("isdigit", &[], Bool, "nx_str_isdigit"),
    m("isalpha", &[], Bool, "nx_str_isalpha"),
    m("isalnum", &[], Bool, "nx_str_isalnum"),
    m("isascii", &[], Bool, "nx_str_isascii"),
    m("isidentifier", &[], Bool, "nx_str_isidentifier"),
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
    m("translate", &[CodeTable], Str, "nx_str_translate"),
];

/// The `str` method of this name taking `arity` arguments.
/// Every supported `bytes` method that maps onto one runtime function (`decode`, `hex`,
/// `join`, `startswith` and `endswith` are lowered on their own), overloaded by arity.
pub const BYTES_METHODS: &[StrMethod] = &[
    m("find", &[Bytes], Int, "nx_bytes_find"),
    m("find", &[Bytes, Int], Int, "nx_bytes_find_from"),
    m("rfind", &[Bytes], Int, "nx_bytes_rfind"),
    m("index", &[Bytes], Int, "nx_bytes_index"),
    m("rindex", &[Bytes], Int, "nx_bytes_rindex"),
    m("count", &[Bytes], Int, "nx_bytes_count"),
    m("replace", &[Bytes, Bytes], Bytes, "nx_bytes_replace"),
    m(
        "replace",
        &[Bytes, Bytes, Int],
        Bytes,
        "nx_bytes_replace_count",
    ),
    m("split", &[], BytesList, "nx_bytes_split_ws"),
    m("split", &[Bytes], BytesList, "nx_bytes_split"),
    m("split", &[Bytes, Int], BytesList, "nx_bytes_split_max"),
    m("strip", &[], Bytes, "nx_bytes_strip"),
    m("lstrip", &[], Bytes, "nx_bytes_lstrip"),
    m("rstrip", &[], Bytes, "nx_bytes_rstrip"),
    m("strip", &[Bytes], Bytes, "nx_bytes_strip_chars"),
    m("lstrip", &[Bytes], Bytes, "nx_bytes_lstrip_chars"),
    m("rstrip", &[Bytes], Bytes, "nx_bytes_rstrip_chars"),
    m("upper", &[], Bytes, "nx_bytes_upper"),
    m("lower", &[], Bytes, "nx_bytes_lower"),
    m("isdigit", &[], Bool, "nx_bytes_isdigit"),
    m("isalpha", &[], Bool, "nx_bytes_isalpha"),
    m("isalnum", &[], Bool, "nx_bytes_isalnum"),
    m("isspace", &[], Bool, "nx_bytes_isspace"),
    m("isupper", &[], Bool, "nx_bytes_isupper"),
    m("islower", &[], Bool, "nx_bytes_islower"),
    m("partition", &[Bytes], BytesTriple, "nx_bytes_partition"),
    m("rpartition", &[Bytes], BytesTriple, "nx_bytes_rpartition"),
    // runtime/src/bytes_text.rs
    m("ljust", &[Int], Bytes, "nx_bytes_ljust"),
    m("rjust", &[Int], Bytes, "nx_bytes_rjust"),
    m("center", &[Int], Bytes, "nx_bytes_center"),
    m("ljust", &[Int, Bytes], Bytes, "nx_bytes_ljust_fill"),
    m("rjust", &[Int, Bytes], Bytes, "nx_bytes_rjust_fill"),
    m("center", &[Int, Bytes], Bytes, "nx_bytes_center_fill"),
    m("zfill", &[Int], Bytes, "nx_bytes_zfill"),
    m("splitlines", &[], BytesList, "nx_bytes_splitlines"),
    m(
        "splitlines",
        &[Bool],
        BytesList,
        "nx_bytes_splitlines_keepends",
    ),
    m("rsplit", &[], BytesList, "nx_bytes_rsplit_ws"),
    m("rsplit", &[Bytes], BytesList, "nx_bytes_rsplit"),
    m("rsplit", &[Bytes, Int], BytesList, "nx_bytes_rsplit_max"),
    m("removeprefix", &[Bytes], Bytes, "nx_bytes_removeprefix"),
    m("removesuffix", &[Bytes], Bytes, "nx_bytes_removesuffix"),
    m("capitalize", &[], Bytes, "nx_bytes_capitalize"),
    m("title", &[], Bytes, "nx_bytes_title"),
    m("swapcase", &[], Bytes, "nx_bytes_swapcase"),
    m("istitle", &[], Bool, "nx_bytes_istitle"),
    m("isascii", &[], Bool, "nx_bytes_isascii"),
    m("expandtabs", &[Int], Bytes, "nx_bytes_expandtabs"),
    StrMethod {
        name: "expandtabs",
        params: &[],
        ret: Bytes,
        runtime: "nx_bytes_expandtabs",
        extra: Some(Extra::Int(8)),
    },
];

pub fn bytes_method(name: &str, arity: usize) -> Option<&'static StrMethod> {
    BYTES_METHODS
        .iter()
        .find(|m| m.name == name && m.params.len() == arity)
}

/// The `str` methods that also search a window `s[start:end]`.
const WINDOWED_STR_METHODS: &[[StrMethod; 2]] = &[
    windowed!("find", Int, "nx_str_find_in"),
    windowed!("rfind", Int, "nx_str_rfind_in"),
    windowed!("index", Int, "nx_str_index_in"),
    windowed!("rindex", Int, "nx_str_rindex_in"),
    windowed!("count", Int, "nx_str_count_in"),
    windowed!("startswith", Bool, "nx_str_startswith_in"),
    windowed!("endswith", Bool, "nx_str_endswith_in"),
];

pub fn str_method(name: &str, arity: usize) -> Option<&'static StrMethod> {
    STR_METHODS
        .iter()
        .chain(WINDOWED_STR_METHODS.iter().flatten())
        .find(|m| m.name == name && m.params.len() == arity)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_method_names_a_runtime_function() {
        for m in super::STR_METHODS
            .iter()
            .chain(super::WINDOWED_STR_METHODS.iter().flatten())
            .chain(super::BYTES_METHODS)
        {
            let f = natrix_abi::runtime_fn(m.runtime)
                .unwrap_or_else(|| panic!("{} is not in the ABI", m.runtime));
            assert_eq!(
                f.params.len(),
                1 + m.params.len() + m.extra.is_some() as usize,
                "{}",
                m.runtime
            );
        }
    }
}

/// A function of the `math` module: `params` are `Shape::Float`-like numbers or ints.
pub struct MathFn {
    pub name: &'static str,
    pub params: &'static [Num],
    pub ret: Num,
    pub runtime: &'static str,
}

/// A numeric parameter or result of a math function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Num {
    /// A float (an int or bool argument converts, as CPython does).
    Float,
    Int,
    Bool,
}

const fn f1(name: &'static str, runtime: &'static str) -> MathFn {
    MathFn {
        name,
        params: &[Num::Float],
        ret: Num::Float,
        runtime,
    }
}

const fn f2(name: &'static str, runtime: &'static str) -> MathFn {
    MathFn {
        name,
        params: &[Num::Float, Num::Float],
        ret: Num::Float,
        runtime,
    }
}

/// The supported functions of `math`, overloaded by arity (`log(x)`, `log(x, base)`).
pub const MATH_FNS: &[MathFn] = &[
    f1("sqrt", "nx_math_sqrt"),
    f1("exp", "nx_math_exp"),
    f1("log", "nx_math_log"),
    f2("log", "nx_math_log_base"),
    f1("log10", "nx_math_log10"),
    f1("log2", "nx_math_log2"),
    f2("pow", "nx_math_pow"),
    f1("sin", "nx_math_sin"),
    f1("cos", "nx_math_cos"),
    f1("tan", "nx_math_tan"),
    f1("asin", "nx_math_asin"),
    f1("acos", "nx_math_acos"),
    f1("atan", "nx_math_atan"),
    f2("atan2", "nx_math_atan2"),
    f1("sinh", "nx_math_sinh"),
    f1("cosh", "nx_math_cosh"),
    f1("tanh", "nx_math_tanh"),
    f1("asinh", "nx_math_asinh"),
    f1("acosh", "nx_math_acosh"),
    f1("atanh", "nx_math_atanh"),
    f1("expm1", "nx_math_expm1"),
    f1("log1p", "nx_math_log1p"),
    f1("erf", "nx_math_erf"),
    f1("erfc", "nx_math_erfc"),
    f2("hypot", "nx_math_hypot"),
    f2("fmod", "nx_math_fmod"),
    f2("remainder", "nx_math_remainder"),
    f2("nextafter", "nx_math_nextafter"),
    f1("ulp", "nx_math_ulp"),
    f1("cbrt", "nx_math_cbrt"),
    f1("exp2", "nx_math_exp2"),
    f2("copysign", "nx_math_copysign"),
    f1("fabs", "nx_math_fabs"),
    f1("degrees", "nx_math_degrees"),
    f1("radians", "nx_math_radians"),
    MathFn {
        name: "floor",
        params: &[Num::Float],
        ret: Num::Int,
        runtime: "nx_math_floor",
    },
    MathFn {
        name: "ceil",
        params: &[Num::Float],
        ret: Num::Int,
        runtime: "nx_math_ceil",
    },
    MathFn {
        name: "trunc",
        params: &[Num::Float],
        ret: Num::Int,
        runtime: "nx_math_trunc",
    },
    // `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: the resolver fills in the keywords
    // (`ISCLOSE_KEYWORDS`).
    MathFn {
        name: "isclose",
        params: &[Num::Float, Num::Float, Num::Float, Num::Float],
        ret: Num::Bool,
        runtime: "nx_math_isclose",
    },
    MathFn {
        name: "isnan",
        params: &[Num::Float],
        ret: Num::Bool,
        runtime: "nx_math_isnan",
    },
    MathFn {
        name: "isinf",
        params: &[Num::Float],
        ret: Num::Bool,
        runtime: "nx_math_isinf",
    },
    MathFn {
        name: "isfinite",
        params: &[Num::Float],
        ret: Num::Bool,
        runtime: "nx_math_isfinite",
    },
    MathFn {
        name: "isqrt",
        params: &[Num::Int],
        ret: Num::Int,
        runtime: "nx_math_isqrt",
    },
    MathFn {
        name: "gcd",
        params: &[Num::Int, Num::Int],
        ret: Num::Int,
        runtime: "nx_math_gcd",
    },
    MathFn {
        name: "factorial",
        params: &[Num::Int],
        ret: Num::Int,
        runtime: "nx_math_factorial",
    },
    MathFn {
        name: "comb",
        params: &[Num::Int, Num::Int],
        ret: Num::Int,
        runtime: "nx_math_comb",
    },
    MathFn {
        name: "perm",
        params: &[Num::Int, Num::Int],
        ret: Num::Int,
        runtime: "nx_math_perm",
    },
    // (`perm(n)` is CPython's `factorial(n)`, errors included.)
    MathFn {
        name: "perm",
        params: &[Num::Int],
        ret: Num::Int,
        runtime: "nx_math_factorial",
    },
    MathFn {
        name: "lcm",
        params: &[Num::Int, Num::Int],
        ret: Num::Int,
        runtime: "nx_math_lcm",
    },
];

/// The keyword-only parameters of `math.isclose` and their defaults, in the order the runtime
/// function takes them after `a` and `b`.
pub const ISCLOSE_KEYWORDS: &[(&str, f64)] = &[("rel_tol", 1e-09), ("abs_tol", 0.0)];

/// The constants of `math`.
pub const MATH_CONSTS: &[(&str, f64)] = &[
    ("pi", std::f64::consts::PI),
    ("e", std::f64::consts::E),
    ("tau", std::f64::consts::TAU),
    ("inf", f64::INFINITY),
    ("nan", f64::NAN),
];

/// Whether `math` has a function called `name` (of any arity).
pub fn is_math_fn(name: &str) -> bool {
    MATH_FNS.iter().any(|f| f.name == name)
}

/// The index into [`MATH_FNS`] of `name` taking `arity` arguments.
pub fn math_fn(name: &str, arity: usize) -> Option<usize> {
    MATH_FNS
        .iter()
        .position(|f| f.name == name && f.params.len() == arity)
}

#[cfg(test)]
mod math_tests {
    #[test]
    fn every_math_function_names_a_runtime_function() {
        for f in super::MATH_FNS {
            let rt = natrix_abi::runtime_fn(f.runtime)
                .unwrap_or_else(|| panic!("{} is not in the ABI", f.runtime));
            assert_eq!(rt.params.len(), f.params.len(), "{}", f.runtime);
        }
    }
}

/// Methods of lists, dicts and sets (and a few of numbers, and a generator's `close`) that a
/// dynamic value holding one may call: the runtime dispatches them by name
/// (`runtime/src/dyn_methods.rs`).
pub const DYN_CONTAINER_METHODS: &[&str] = &[
    "close",
    "throw",
    "bit_length",
    "is_integer",
    "hex",
    "as_integer_ratio",
    "append",
    "insert",
    "extend",
    "pop",
    "remove",
    "index",
    "count",
    "reverse",
    "sort",
    "copy",
    "clear",
    "get",
    "setdefault",
    "keys",
    "values",
    "items",
    "update",
    "add",
    "discard",
];
