//! `copy.copy(x)` and `copy.deepcopy(x)` (`stdlib/copy.py` calls these).
//!
//! A shallow copy is a new list, dict (a defaultdict keeps its factory), set or instance
//! holding the same elements; anything immutable is itself. A deep copy copies lists, dicts'
//! values, tuples and instances' attributes all the way down, keeping shared references shared
//! and cycles cycles (a memo from each object copied to its copy, as CPython's does); a set is
//! a new set of the same members (which are not copied); strs, numbers, tuples with nothing
//! to copy, frozensets, dict keys, functions and generators are shared.

use crate::dict::{is_dict, nx_dict_copy_method, replace_values};
use crate::list::{enter, incref, incref_elem, is_list, items, leave, new_list, push_owned};
use crate::object::{Obj, TypeInfo};
use crate::set::{is_frozen, is_set, nx_set_copy};
use crate::tuple::{init_raw, is_tuple, item, len, new_tuple_of};
use natrix_abi::ElemKind;
use std::collections::HashMap;

/// `copy.copy(x)`: a new reference to the copy (`x` itself when immutable); null (and
/// `None`'s null) is returned as it is.
///
/// # Safety
/// `o` must be null or a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_copy(o: *mut Obj) -> *mut Obj {
    if o.is_null() {
        return o;
    }
    if is_list(o) {
        return crate::list::nx_list_copy(o);
    }
    if is_dict(o) {
        return nx_dict_copy_method(o);
    }
    if is_set(o) && !is_frozen(o) {
        return nx_set_copy(o);
    }
    if crate::instance::is_instance(o) && crate::instance::copies_itself(o) {
        incref(o);
        return o;
    }
    if crate::instance::is_instance(o) {
        let n = len(o);
        let r = new_tuple_of(n, type_of(o));
        if r.is_null() {
            return r;
        }
        for i in 0..n {
            let (k, bits) = item(o, i);
            incref_elem(k, bits);
            init_raw(r, i, k, bits);
        }
        return r;
    }
    incref(o);
    o
}

/// `copy.deepcopy(x)`: a new reference to the copy; null after raising (RecursionError past
/// the recursion limit, MemoryError).
///
/// # Safety
/// `o` must be null or a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_deepcopy(o: *mut Obj) -> *mut Obj {
    let mut memo = HashMap::new();
    match deep(o, &mut memo) {
        Some(r) => r,
        None => std::ptr::null_mut(),
    }
}

/// The static type of a live object.
unsafe fn type_of(o: *mut Obj) -> &'static TypeInfo {
    // SAFETY: every object's type is a static.
    &*(*o).ty
}

/// The deep copy of an element of `kind` (a new reference), or `None` after raising.
unsafe fn deep_elem(kind: ElemKind, bits: i64, memo: &mut HashMap<usize, *mut Obj>) -> Option<i64> {
    if kind == ElemKind::Obj {
        return deep(bits as *mut Obj, memo).map(|o| o as i64);
    }
    // Numbers (a big int among them) are immutable.
    incref_elem(kind, bits);
    Some(bits)
}

/// The deep copy of `o` (a new reference), or `None` after raising.
unsafe fn deep(o: *mut Obj, memo: &mut HashMap<usize, *mut Obj>) -> Option<*mut Obj> {
    if o.is_null() {
        return Some(o);
    }
    if let Some(&c) = memo.get(&(o as usize)) {
        incref(c);
        return Some(c);
    }
    if is_set(o) && !is_frozen(o) {
        let r = nx_set_copy(o);
        if r.is_null() {
            return None;
        }
        memo.insert(o as usize, r);
        return Some(r);
    }
    let tuple_like =
        is_tuple(o) || (crate::instance::is_instance(o) && !crate::instance::copies_itself(o));
    if !(is_list(o) || is_dict(o) || tuple_like) {
        incref(o);
        return Some(o);
    }
    if !enter("") {
        return None;
    }
    let r = if is_list(o) {
        deep_list(o, memo)
    } else if is_dict(o) {
        deep_dict(o, memo)
    } else if is_tuple(o) {
        deep_tuple(o, memo)
    } else {
        deep_instance(o, memo)
    };
    leave();
    r
}

unsafe fn deep_list(o: *mut Obj, memo: &mut HashMap<usize, *mut Obj>) -> Option<*mut Obj> {
    let l = o as *mut crate::list::ListObj;
    let kind = (*l).kind;
    let r = new_list(kind, (*l).len);
    if r.is_null() {
        return None;
    }
    memo.insert(o as usize, r as *mut Obj);
    // (Indexed: nothing copying an element runs can change the list.)
    for i in 0..(*l).len {
        let bits = items(l)[i];
        let Some(c) = deep_elem(kind, bits, memo) else {
            crate::list::decref(r as *mut Obj);
            return None;
        };
        if !push_owned(r, c) {
            crate::list::decref(r as *mut Obj);
            return None;
        }
    }
    Some(r as *mut Obj)
}

unsafe fn deep_dict(o: *mut Obj, memo: &mut HashMap<usize, *mut Obj>) -> Option<*mut Obj> {
    let r = nx_dict_copy_method(o);
    if r.is_null() {
        return None;
    }
    memo.insert(o as usize, r);
    let (_, vk) = crate::dict::kinds(r);
    if !replace_values(r, |v| deep_elem(vk, v, memo)) {
        crate::list::decref(r);
        return None;
    }
    Some(r)
}

/// A tuple whose items' copies are the items themselves is itself (as in CPython).
unsafe fn deep_tuple(o: *mut Obj, memo: &mut HashMap<usize, *mut Obj>) -> Option<*mut Obj> {
    let n = len(o);
    let mut copies = Vec::with_capacity(n);
    let release = |copies: &[(ElemKind, i64)]| {
        copies
            .iter()
            .for_each(|&(k, c)| crate::list::decref_elem(k, c));
    };
    for i in 0..n {
        let (k, bits) = item(o, i);
        match deep_elem(k, bits, memo) {
            Some(c) => copies.push((k, c)),
            None => {
                release(&copies);
                return None;
            }
        }
    }
    // A cycle through a list may have copied it meanwhile; or nothing inside changed.
    let done = match memo.get(&(o as usize)) {
        Some(&c) => Some(c),
        None => (0..n).all(|i| item(o, i).1 == copies[i].1).then_some(o),
    };
    if let Some(c) = done {
        release(&copies);
        incref(c);
        return Some(c);
    }
    let r = new_tuple_of(n, type_of(o));
    if r.is_null() {
        release(&copies);
        return None;
    }
    for (i, (k, c)) in copies.into_iter().enumerate() {
        init_raw(r, i, k, c);
    }
    Some(r)
}

/// A new instance of the same class whose attributes are copies (an attribute never set stays
/// unset). It is in the memo before its attributes are copied, so a cycle back to it finds it.
unsafe fn deep_instance(o: *mut Obj, memo: &mut HashMap<usize, *mut Obj>) -> Option<*mut Obj> {
    let n = len(o);
    // Made with `None` items (what the collector may see while attributes are copied), the
    // numbers and the class table first.
    let r = new_tuple_of(n, type_of(o));
    if r.is_null() {
        return None;
    }
    for i in 0..n {
        let (k, bits) = item(o, i);
        if k != ElemKind::Obj {
            incref_elem(k, bits);
            init_raw(r, i, k, bits);
        }
    }
    memo.insert(o as usize, r);
    for i in 0..n {
        let (k, bits) = item(o, i);
        if k == ElemKind::Obj {
            let Some(c) = deep(bits as *mut Obj, memo) else {
                crate::list::decref(r);
                return None;
            };
            init_raw(r, i, k, c as i64);
        }
    }
    Some(r)
}
