//! Sorting lists: `xs.sort()` and `sorted(xs)` (stable, with CPython's errors and its rule
//! that the list looks empty while it is sorted), and the sort by precomputed keys behind
//! `key=`. Fewer than 64 items are sorted as CPython's timsort sorts them, comparison for
//! comparison (a `__lt__` that prints, or raises part-way, shows the same); longer lists by
//! a merge sort.

use crate::exc::raise;
use crate::int::{is_small, nx_int_compare};
use crate::list::*;
use crate::object::{not_orderable, Obj};
use natrix_abi::{ElemKind, ExcKind};
use std::cmp::Ordering;

// ---- sort ----

/// The order for sorting objects: Python's `<` through the `compare` slots (strs directly),
/// unordered pairs (a NaN inside) counting as equal. After the first comparison that raises,
/// `failed` is set, the exception stays pending, and the remaining comparisons only order by
/// address (the list ends in some order, as in CPython).
unsafe fn sort_cmp(a: *mut Obj, b: *mut Obj, failed: &mut bool) -> Ordering {
    if *failed {
        return (a as usize).cmp(&(b as usize));
    }
    if a.is_null() || b.is_null() {
        // `None` among objects (an `Optional[C]` list) is not orderable.
        let name = |o: *mut Obj| match o.is_null() {
            true => "NoneType".to_string(),
            false if crate::instance::is_instance(o) => crate::instance::short_class_name(o),
            false => (*(*o).ty).name.to_string(),
        };
        not_orderable(&name(a), &name(b));
        *failed = true;
        return Ordering::Equal;
    }
    if crate::instance::is_instance(a) || crate::instance::is_instance(b) {
        // Only `a < b`, once (the sort asks nothing else), also of an item with itself.
        return match crate::instance::less(a, b) {
            1 => Ordering::Less,
            0 => Ordering::Greater,
            _ => {
                *failed = true;
                Ordering::Equal
            }
        };
    }
    if a == b {
        return Ordering::Equal;
    }
    match obj_cmp(a, b) {
        Ok(o) => o.unwrap_or(Ordering::Equal),
        Err(()) => {
            *failed = true;
            Ordering::Equal
        }
    }
}

/// The lists CPython's timsort sorts as one run: its `minrun` covers them whole.
const SMALL: usize = 64;

/// CPython's sort of fewer than [`SMALL`] items: the leading run (a strictly descending one
/// reversed), then binary insertion of the rest (`count_run` and `binarysort` in CPython's
/// `listobject.c`), making the same comparisons in the same order. `cmp(a, b)` is `a < b`'s
/// ordering, None once one raised: the sort stops there, the items as they are (as
/// CPython's does).
fn small_sort(v: &mut [i64], cmp: &mut impl FnMut(i64, i64) -> Option<Ordering>) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut lt = |a: i64, b: i64| cmp(a, b).map(|o| o == Ordering::Less);
    let mut run = 2;
    let Some(descending) = lt(v[1], v[0]) else {
        return;
    };
    while run < n {
        match lt(v[run], v[run - 1]) {
            None => return,
            Some(less) if less != descending => break,
            Some(_) => run += 1,
        }
    }
    if descending {
        v[..run].reverse();
    }
    for start in run..n {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            match lt(pivot, v[p]) {
                None => return,
                Some(true) => r = p,
                Some(false) => l = p + 1,
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
}

/// Stable sort that tolerates any comparison function: [`small_sort`] for short lists, else
/// insertion-sorted runs of 16, then bottom-up merges (a comparison that raised counts as
/// equal from then on).
pub(crate) fn merge_sort(v: &mut [i64], mut cmp: impl FnMut(i64, i64) -> Option<Ordering>) {
    const RUN: usize = 16;
    let n = v.len();
    if n < SMALL {
        small_sort(v, &mut cmp);
        return;
    }
    let mut cmp = |a, b| cmp(a, b).unwrap_or(Ordering::Equal);
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            let mut j = i;
            // `x < v[j - 1]`, CPython's operand order (it decides which TypeError is raised).
            while j > start && cmp(x, v[j - 1]) == Ordering::Less {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
    }
    if n <= RUN {
        return;
    }
    let mut buf = v.to_vec();
    let mut width = RUN;
    while width < n {
        buf.copy_from_slice(v);
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if cmp(buf[j], buf[i]) == Ordering::Less {
                    v[k] = buf[j];
                    j += 1;
                } else {
                    v[k] = buf[i];
                    i += 1;
                }
                k += 1;
            }
            v[k..k + (mid - i)].copy_from_slice(&buf[i..mid]);
            k += mid - i;
            v[k..k + (hi - j)].copy_from_slice(&buf[j..hi]);
        }
        width *= 2;
    }
}

/// `xs.sort()`: stable; ints and bools by value, floats by value (NaNs last), strs by code
/// point, other objects through their `compare` slot (lists and tuples lexicographically). Unorderable elements raise TypeError (the list is then left
/// in some order, as in CPython).
///
/// # Safety
/// `l` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_list_sort(l: *mut Obj) {
    let l = l as *mut ListObj;
    let (kind, len) = ((*l).kind, (*l).len);
    if len < 2 {
        return;
    }
    let v = || std::slice::from_raw_parts_mut((*l).items, len);
    match kind {
        ElemKind::Int => v().sort_by(|&a, &b| {
            if is_small(a) && is_small(b) {
                a.cmp(&b)
            } else {
                nx_int_compare(a, b).cmp(&0)
            }
        }),
        ElemKind::Bool => v().sort(),
        ElemKind::Float => v().sort_by(|&a, &b| {
            let (x, y) = (f64::from_bits(a as u64), f64::from_bits(b as u64));
            match (x.is_nan(), y.is_nan()) {
                (false, false) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                (xn, yn) => xn.cmp(&yn),
            }
        }),
        ElemKind::None => not_supported("NoneType", "NoneType"),
        // Numbers that may be None: compared as values (None against a number raises).
        ElemKind::OptInt | ElemKind::OptFloat | ElemKind::OptBool => {
            let mut failed = false;
            merge_sort(v(), |a, b| {
                let o = elem_order(kind, a, b, &mut failed);
                (!failed).then_some(o)
            });
        }
        ElemKind::Obj => {
            // Detach the elements while sorting (as CPython does): the list looks empty to any
            // comparison that reaches it through a nested reference.
            let (buf, cap) = ((*l).items, (*l).cap);
            (*l).len = 0;
            (*l).cap = 0;
            (*l).items = std::ptr::null_mut();
            let v = std::slice::from_raw_parts_mut(buf, len);
            let mut failed = false;
            merge_sort(v, |a, b| {
                let o = sort_cmp(a as *mut Obj, b as *mut Obj, &mut failed);
                (!failed).then_some(o)
            });
            (*l).items = buf;
            (*l).cap = cap;
            (*l).len = len;
        }
    }
}

/// The order of two elements of `kind` for sorting (`failed` is set once a comparison raised;
/// `None` elements of kind `None` never get here).
unsafe fn elem_order(kind: ElemKind, a: i64, b: i64, failed: &mut bool) -> Ordering {
    match kind {
        ElemKind::Int if is_small(a) && is_small(b) => a.cmp(&b),
        ElemKind::Int => nx_int_compare(a, b).cmp(&0),
        ElemKind::Bool | ElemKind::None => a.cmp(&b),
        ElemKind::Float => {
            let (x, y) = (f64::from_bits(a as u64), f64::from_bits(b as u64));
            match (x.is_nan(), y.is_nan()) {
                (false, false) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                (xn, yn) => xn.cmp(&yn),
            }
        }
        ElemKind::Obj => sort_cmp(a as *mut Obj, b as *mut Obj, failed),
        // Numbers that may be None: as values (None against anything raises TypeError).
        ElemKind::OptInt | ElemKind::OptFloat | ElemKind::OptBool => {
            if *failed {
                return a.cmp(&b);
            }
            match val_cmp(val(kind, a), val(kind, b)) {
                Ok(o) => o.unwrap_or(Ordering::Equal),
                Err(()) => {
                    *failed = true;
                    Ordering::Equal
                }
            }
        }
    }
}

/// `xs.sort(key=f, reverse=r)` once the keys are computed: a stable sort of `l` by the
/// parallel list `keys` (which may be `l` itself). Descending sorts keep equal items in their
/// original order, as CPython's do. After a comparison raised, the list is left unchanged.
///
/// # Safety
/// `l` and `keys` must be live lists of the same length.
#[no_mangle]
pub unsafe extern "C" fn nx_list_sort_by(l: *mut Obj, keys: *mut Obj, reverse: u8) {
    let (l, keys) = (l as *mut ListObj, keys as *mut ListObj);
    if (*keys).len != (*l).len {
        // The key function changed the list. CPython's sort hides the list meanwhile, so
        // items appended then are lost: keep the items the keys belong to, sort them, and
        // report the change.
        let n = (*keys).len;
        if (*l).len > n {
            let extra: Vec<i64> = items(l)[n..].to_vec();
            (*l).len = n;
            for b in extra {
                decref_elem((*l).kind, b);
            }
            nx_list_sort_by(l as *mut Obj, keys as *mut Obj, reverse);
        }
        if crate::exc::pending_kind().is_none() {
            raise(ExcKind::ValueError, "list modified during sort");
        }
        return;
    }
    let n = (*l).len;
    if n < 2 {
        return;
    }
    let kind = (*keys).kind;
    if kind == ElemKind::None {
        not_supported("NoneType", "NoneType");
        return;
    }
    let key_bits: Vec<i64> = items(keys).to_vec();
    let mut order: Vec<i64> = (0..n as i64).collect();
    if reverse != 0 {
        order.reverse();
    }
    let mut failed = false;
    merge_sort(&mut order, |a, b| {
        let o = elem_order(
            kind,
            key_bits[a as usize],
            key_bits[b as usize],
            &mut failed,
        );
        (!failed).then_some(o)
    });
    if failed {
        return;
    }
    if reverse != 0 {
        order.reverse();
    }
    let old: Vec<i64> = items(l).to_vec();
    let dst = std::slice::from_raw_parts_mut((*l).items, n);
    for (k, &i) in order.iter().enumerate() {
        dst[k] = old[i as usize];
    }
}
