//! natrix-rt: the runtime library linked into every program natrix compiles.
//!
//! Generated code calls the `extern "C"` entry points declared once in the ABI table
//! (`natrix_abi::runtime_functions!`); every one of them is defined in one of the modules below and
//! re-exported at the crate root, and `abi_check` turns any signature mismatch with the table into
//! a compile error.
//!
//! **Invariant: the runtime knows nothing of the compiler.** It depends only on the ABI crate, and
//! it must never assume anything about generated code beyond what the table and its value
//! conventions state (tagged ints, `{refcnt, type}` object headers, the error conventions).
//!
//! Other rules every module follows:
//! - an entry point never panics and never unwinds, whatever its (user-controlled) input; errors
//!   become pending Python exceptions (`exc::raise`) reported through the table's error convention;
//! - programs are single-threaded, so global state lives in `global::Global` cells;
//! - every `int` result goes through `int::make_int`, the one seam where big integers will slot in.

// Every entry point is `unsafe extern "C"` by ABI convention, even those without preconditions;
// the ones taking pointers state their requirements in a `# Safety` section.
#![allow(clippy::missing_safety_doc)]

#[global_allocator]
static GLOBAL: alloc::Allocator = alloc::Allocator;

pub mod abi_check;
mod alloc;
pub mod bytes;
pub mod bytes_methods;
pub mod bytes_text;
pub mod class_obj;
pub mod clock;
pub mod closure;
pub mod codecs;
pub mod codecs_escape;
pub mod codecs_extra;
pub mod convert;
pub mod copy;
pub mod defaultdict;
pub mod dict;
pub mod dict_views;
pub mod dyn_containers;
pub mod dyn_methods;
pub mod dynamic;
pub mod exc;
pub mod exc_obj;
pub mod files;
pub mod float;
pub mod float_methods;
pub mod format;
pub mod format_spec;
pub mod func_attrs;
pub mod gc;
pub mod global;
pub mod instance;
pub mod int;
pub mod int_extra;
pub mod kwargs;
pub mod list;
pub mod list_inplace;
pub mod list_search;
pub mod list_slice;
pub mod list_sort;
pub mod math;
pub mod math_norm;
pub mod object;
pub mod os;
pub mod pair_key;
pub mod percent;
pub mod print;
pub mod range;
pub mod set;
pub mod slice;
pub mod stdin;
pub mod str;
pub mod str_extra;
pub mod str_index;
pub mod str_methods;
pub mod str_search;
pub mod str_split_iter;
pub mod str_translate;
pub mod text_tables;
pub mod traceback;
pub mod tuple;
pub mod unicode;

pub use crate::str::*;
pub use bytes::*;
pub use bytes_methods::*;
pub use bytes_text::*;
pub use class_obj::{
    nx_class_of, nx_class_test, nx_dyn_class_name, nx_dyn_is_class_named, nx_exc_matches_value,
    nx_func_as_class, nx_isinstance_class, nx_issubclass_value,
};
pub use clock::*;
pub use closure::*;
pub use codecs::{nx_bytes_decode, nx_str_encode};
pub use convert::*;
pub use copy::{nx_copy, nx_deepcopy};
pub use defaultdict::nx_dict_set_factory;
pub use dict::*;
pub use dict_views::{
    nx_dict_items, nx_dict_keys, nx_dict_values, nx_dict_view, nx_iter_size, nx_iter_size_check,
    nx_view_refresh,
};
pub use dyn_containers::*;
pub use dyn_methods::*;
pub use dynamic::*;
pub use exc::*;
pub use exc_obj::*;
pub use files::*;
pub use float::*;
pub use float_methods::*;
pub use format::*;
pub use func_attrs::{nx_func_getattr, nx_func_setattr};
pub use instance::*;
pub use int::*;
pub use int_extra::*;
pub use kwargs::*;
pub use list::*;
pub use list_inplace::*;
pub use list_search::*;
pub use list_slice::*;
pub use list_sort::*;
pub use math::*;
pub use math_norm::{nx_math_dist, nx_math_hypot, nx_math_hypot_list};
pub use object::*;
pub use os::*;
pub use pair_key::*;
pub use percent::*;
pub use print::*;
pub use range::nx_range_new;
pub use set::*;
pub use stdin::*;
pub use str_extra::*;
pub use str_methods::*;
pub use str_search::*;
pub use str_split_iter::{nx_str_split_iter, nx_str_split_next};
pub use str_translate::{nx_str_maketrans, nx_str_maketrans_dict, nx_str_translate};
pub use text_tables::nx_text_table;
pub use traceback::{nx_exc_format, nx_finish, nx_report_uncaught, nx_teardown_wanted};
pub use tuple::*;
