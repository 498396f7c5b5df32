//! `frozenset`: a set object whose type is `FROZENSET_TYPE`. It shares the set's table and every
//! operation that reads it; the mutating entry points refuse it with CPython's AttributeError,
//! the binary operators keep their left operand's type (`frozenset | set` is a frozenset), and
//! it is hashable with CPython's frozenset hash.

use super::*;

/// The `frozenset` type.
pub static FROZENSET_TYPE: TypeInfo = TypeInfo {
    name: "frozenset",
    dealloc: set_dealloc,
    traverse: Some(set_traverse),
    clear: Some(set_clear_slot),
    repr: Some(frozenset_repr_slot),
    str: None,
    hash: Some(frozenset_hash_slot),
    eq: Some(set_eq_slot),
    compare: None,
};

/// Is `obj` a frozenset?
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn is_frozen(obj: *const Obj) -> bool {
    std::ptr::eq((*obj).ty, &FROZENSET_TYPE)
}

/// Raises CPython's AttributeError when `s` is a frozenset (it has no method `name`).
///
/// # Safety
/// `s` must be a live set or frozenset.
pub(crate) unsafe fn refuse_frozen(s: *mut Obj, name: &str) -> bool {
    if is_frozen(s) {
        raise(
            ExcKind::AttributeError,
            format!("'frozenset' object has no attribute '{name}'"),
        );
        return true;
    }
    false
}

/// Gives `r` (a new set) the type of `like`: the result of an operator on a frozenset is one.
///
/// # Safety
/// Both must be live sets or frozensets.
pub(super) unsafe fn same_type(r: *mut Obj, like: *mut Obj) -> *mut Obj {
    if !r.is_null() {
        (*r).ty = (*like).ty;
    }
    r
}

unsafe fn frozenset_repr_slot(obj: *mut Obj) -> *mut Obj {
    let s = obj as *mut SetObj;
    if (*s).used == 0 {
        return new_str("frozenset()");
    }
    let mut out = String::from("frozenset(");
    if !set_repr_into(s, &mut out) {
        return std::ptr::null_mut();
    }
    out.push(')');
    new_str(&out)
}

/// CPython's `frozenset_hash` over the elements' hashes (independent of their order), tagged.
unsafe fn frozenset_hash_slot(obj: *mut Obj) -> i64 {
    let s = obj as *mut SetObj;
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash: u64 = 0;
    for (_, h) in active(s) {
        hash ^= shuffle(h as u64);
    }
    hash ^= ((*s).used as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    let mut h = hash as i64;
    if h == -1 {
        h = 590_923_713;
    }
    // A tagged int: a big one when the 64-bit hash is past the small range.
    crate::int::make_int(h as i128)
}

/// `s.copy()`: a copy of a set; a frozenset itself (a new reference), as CPython returns it.
///
/// # Safety
/// `s` must be a live set or frozenset.
#[no_mangle]
pub unsafe extern "C" fn nx_set_copy_method(s: *mut Obj) -> *mut Obj {
    if is_frozen(s) {
        crate::list::incref(s);
        return s;
    }
    nx_set_copy(s)
}

/// `frozenset(x)`: freezes the new set `s` (made for it, borrowed) and returns a new reference.
///
/// # Safety
/// `s` must be a live set no other value refers to.
#[no_mangle]
pub unsafe extern "C" fn nx_set_freeze(s: *mut Obj) -> *mut Obj {
    if !s.is_null() {
        (*s).ty = &FROZENSET_TYPE;
        crate::list::incref(s);
    }
    s
}
