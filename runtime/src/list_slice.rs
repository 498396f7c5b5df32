//! Slice assignment and deletion on lists: `xs[a:b] = ys`, `xs[a:b:k] = ys`, `del xs[a:b:k]`.
//!
//! CPython's rules: a step of 1 (given or not) replaces the slice by all of `ys`, growing or
//! shrinking the list; any other step needs `len(ys)` equal to the number of positions it names
//! (ValueError otherwise). `ys` may be `xs` itself (`xs[:] = xs`): its items are copied first.
//! Replaced items are released only after the list is consistent again.

use crate::exc::raise;
use crate::list::{decref_elem, incref_elem, items, reserve, ListObj};
use crate::object::Obj;
use crate::slice::adjust_slice;
use natrix_abi::ExcKind;

/// The positions a slice names, in order: (first, step, count).
unsafe fn positions(
    l: *mut ListObj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) -> Option<(i64, i64, usize)> {
    adjust_slice((*l).len, start, stop, step, has)
}

/// `xs[start:stop:step] = ys`; bits 0/1/2 of `has` say whether start/stop/step were given.
///
/// # Safety
/// `l` and `src` must be live lists of the same element kind; the bounds valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_list_set_slice(
    l: *mut Obj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
    src: *mut Obj,
) {
    let l = l as *mut ListObj;
    let Some((first, step, count)) = positions(l, start, stop, step, has) else {
        return;
    };
    let kind = (*l).kind;
    let new: Vec<i64> = items(src as *const ListObj).to_vec();
    if step != 1 && new.len() != count {
        raise(
            ExcKind::ValueError,
            format!(
                "attempt to assign sequence of size {} to extended slice of size {count}",
                new.len()
            ),
        );
        return;
    }
    for &v in &new {
        incref_elem(kind, v);
    }
    let old: Vec<i64>;
    if step == 1 {
        let (lo, len) = (first as usize, (*l).len);
        if new.len() > count && !reserve(l, new.len() - count) {
            for &v in &new {
                decref_elem(kind, v);
            }
            return;
        }
        let p = (*l).items;
        if p.is_null() {
            // An empty list with no buffer (cleared), given nothing.
            (*l).len = 0;
            return;
        }
        old = std::slice::from_raw_parts(p.add(lo), count).to_vec();
        std::ptr::copy(p.add(lo + count), p.add(lo + new.len()), len - lo - count);
        std::ptr::copy_nonoverlapping(new.as_ptr(), p.add(lo), new.len());
        (*l).len = len - count + new.len();
    } else {
        let mut replaced = Vec::with_capacity(count);
        let mut at = first;
        for &v in &new {
            let slot = (*l).items.add(at as usize);
            replaced.push(*slot);
            *slot = v;
            at += step;
        }
        old = replaced;
    }
    for v in old {
        decref_elem(kind, v);
    }
}

/// `del xs[start:stop:step]`.
///
/// # Safety
/// `l` must be a live list; the bounds valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_list_del_slice(
    l: *mut Obj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) {
    let l = l as *mut ListObj;
    let Some((first, step, count)) = positions(l, start, stop, step, has) else {
        return;
    };
    if count == 0 {
        return;
    }
    let kind = (*l).kind;
    let len = (*l).len;
    // Walk the doomed positions in increasing order.
    let (lo, stride) = if step > 0 {
        (first, step)
    } else {
        (first + step * (count as i64 - 1), -step)
    };
    let p = (*l).items;
    let mut old = Vec::with_capacity(count);
    let mut kept = lo as usize;
    let mut next_doomed = lo;
    let mut removed = 0;
    for i in lo as usize..len {
        if removed < count && i as i64 == next_doomed {
            old.push(*p.add(i));
            removed += 1;
            next_doomed += stride;
        } else {
            *p.add(kept) = *p.add(i);
            kept += 1;
        }
    }
    (*l).len = kept;
    for v in old {
        decref_elem(kind, v);
    }
}
