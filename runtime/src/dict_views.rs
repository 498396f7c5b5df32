//! `d.keys()`, `d.values()`, `d.items()`: lists of the dict's keys, values or pairs (a snapshot,
//! see `docs/DIFFERENCES.md`) whose type is `dict_keys`, `dict_values` or `dict_items`, so they
//! print as CPython's views do (`dict_keys(['a', 'b'])`). They share the list layout, so every
//! list operation the compiler allows on them works unchanged; a tracked (object) list becomes a
//! tracked view type, a scalar one an untracked one, as the cycle collector requires.

use crate::list::{
    list_clear_slot, list_compare_slot, list_dealloc, list_eq_slot, list_repr_into, list_traverse,
    ListObj, LIST_TYPE,
};
use crate::object::{Obj, TypeInfo};
use crate::str::new_str;

macro_rules! view_types {
    ($tracked:ident, $scalar:ident, $name:literal, $repr:ident) => {
        unsafe fn $repr(obj: *mut Obj) -> *mut Obj {
            let mut s = String::from(concat!($name, "("));
            if !list_repr_into(obj as *mut ListObj, &mut s) {
                return std::ptr::null_mut();
            }
            s.push(')');
            new_str(&s)
        }

        pub static $tracked: TypeInfo = TypeInfo {
            name: $name,
            dealloc: list_dealloc,
            traverse: Some(list_traverse),
            clear: Some(list_clear_slot),
            repr: Some($repr),
            str: None,
            hash: None,
            eq: Some(list_eq_slot),
            compare: Some(list_compare_slot),
        };

        pub static $scalar: TypeInfo = TypeInfo {
            name: $name,
            dealloc: list_dealloc,
            traverse: None,
            clear: None,
            repr: Some($repr),
            str: None,
            hash: None,
            eq: Some(list_eq_slot),
            compare: Some(list_compare_slot),
        };
    };
}

view_types!(KEYS_TYPE, KEYS_SCALAR_TYPE, "dict_keys", keys_repr);
view_types!(VALUES_TYPE, VALUES_SCALAR_TYPE, "dict_values", values_repr);
view_types!(ITEMS_TYPE, ITEMS_SCALAR_TYPE, "dict_items", items_repr);

/// Makes the fresh list `l` (from `nx_dict_keys`/`values`/`items`) the view `which` (a small
/// tagged int: 0 keys, 1 values, 2 items) and returns a new reference to it.
///
/// # Safety
/// `l` must be a live list that nothing else refers to yet.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_view(l: *mut Obj, which: i64) -> *mut Obj {
    let tracked = std::ptr::eq((*l).ty, &LIST_TYPE);
    (*l).ty = match (which >> 1, tracked) {
        (0, true) => &KEYS_TYPE,
        (0, false) => &KEYS_SCALAR_TYPE,
        (1, true) => &VALUES_TYPE,
        (1, false) => &VALUES_SCALAR_TYPE,
        (_, true) => &ITEMS_TYPE,
        (_, false) => &ITEMS_SCALAR_TYPE,
    };
    (*l).refcnt += 1;
    l
}

/// Is `obj` a dict view (a list underneath)?
///
/// # Safety
/// `obj` must point to a live object.
pub(crate) unsafe fn is_view(obj: *const Obj) -> bool {
    let ty = (*obj).ty;
    [
        &KEYS_TYPE,
        &KEYS_SCALAR_TYPE,
        &VALUES_TYPE,
        &VALUES_SCALAR_TYPE,
        &ITEMS_TYPE,
        &ITEMS_SCALAR_TYPE,
    ]
    .iter()
    .any(|t| std::ptr::eq(ty, *t))
}
