//! In-place whole-list operations: `xs += ys` / `xs.extend(ys)` and `xs *= n`, which change
//! the list every other reference sees, as in CPython.

use crate::exc::raise;
use crate::list::{
    incref_elem, memory_error, nx_list_clear, reserve, ssize, ListObj, TOO_BIG_INDEX,
};
use crate::object::Obj;
use natrix_abi::ExcKind;

/// `xs += ys` / `xs.extend(ys)` of two lists with one element type: appends the elements of
/// `ys` (read before any is added, so a list extended by itself doubles).
///
/// # Safety
/// `a` and `b` must be live lists (possibly the same one).
#[no_mangle]
pub unsafe extern "C" fn nx_list_extend(a: *mut Obj, b: *mut Obj) {
    let (a, b) = (a as *mut ListObj, b as *mut ListObj);
    let n = (*b).len;
    if n == 0 {
        return;
    }
    if (*a).kind != (*b).kind {
        if (*a).len != 0 {
            raise(
                ExcKind::RuntimeError,
                "natrix: extending a list by one of another element kind",
            );
            return;
        }
        (*a).kind = (*b).kind;
    }
    if !reserve(a, n) {
        return;
    }
    let (kind, len) = ((*a).kind, (*a).len);
    for k in 0..n {
        let v = *(*b).items.add(k);
        incref_elem(kind, v);
        *(*a).items.add(len + k) = v;
    }
    (*a).len = len + n;
}

/// `xs *= n`: the list repeated in place (a count <= 0 empties it).
///
/// # Safety
/// `l` must be a live list, `n` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_list_irepeat(l: *mut Obj, n: i64) {
    let l = l as *mut ListObj;
    let Some(n) = ssize(n) else {
        raise(ExcKind::OverflowError, TOO_BIG_INDEX);
        return;
    };
    if n <= 0 {
        nx_list_clear(l as *mut Obj);
        return;
    }
    let len = (*l).len;
    if len == 0 || n == 1 {
        return;
    }
    let Some(extra) = len.checked_mul(n as usize - 1) else {
        memory_error();
        return;
    };
    if !reserve(l, extra) {
        return;
    }
    let kind = (*l).kind;
    for copy in 1..n as usize {
        for k in 0..len {
            let v = *(*l).items.add(k);
            incref_elem(kind, v);
            *(*l).items.add(copy * len + k) = v;
        }
    }
    (*l).len = len * n as usize;
}
