//! `range(…)` kept as a value (`r = range(2, 10, 3)`): an object laid out as the list of its
//! values (so every list operation the compiler emits reads it unchanged) followed by its start,
//! stop and step, typed `range`, which prints as CPython's does (`range(2, 10, 3)`).

use std::alloc::Layout;

use crate::exc::raise;
use crate::list::{free_buffer, list_compare_slot, list_eq_slot, trashcan, ListObj};
use crate::object::{free_object, Obj, TypeInfo};
use crate::str::new_str;
use natrix_abi::{ElemKind, ExcKind};

/// A range: the list of its values, then its bounds.
#[repr(C)]
pub struct RangeObj {
    pub list: ListObj,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

pub static RANGE_TYPE: TypeInfo = TypeInfo {
    name: "range",
    dealloc: range_dealloc,
    traverse: None,
    clear: None,
    repr: Some(range_repr),
    str: None,
    hash: None,
    eq: Some(list_eq_slot),
    compare: Some(list_compare_slot),
};

/// Whether `obj`, a list by its static type, is a range kept as a value.
///
/// # Safety
/// `obj` must be a live object.
pub(crate) unsafe fn is_range(obj: *const Obj) -> bool {
    std::ptr::eq((*obj).ty, &RANGE_TYPE)
}

/// The word CPython's messages use for a list that may be a range (`7 is not in range`).
///
/// # Safety
/// `obj` must be a live object.
pub(crate) unsafe fn seq_word(obj: *const Obj) -> &'static str {
    if is_range(obj) {
        "range"
    } else {
        "list"
    }
}

unsafe fn range_repr(obj: *mut Obj) -> *mut Obj {
    let r = obj as *mut RangeObj;
    let text = if (*r).step == 1 {
        format!("range({}, {})", (*r).start, (*r).stop)
    } else {
        format!("range({}, {}, {})", (*r).start, (*r).stop, (*r).step)
    };
    new_str(&text)
}

unsafe fn range_dealloc(obj: *mut Obj) {
    trashcan(obj, range_release);
}

unsafe fn range_release(o: *mut Obj) {
    let l = o as *mut ListObj;
    // Its items are small ints: nothing to release but the buffer.
    free_buffer((*l).items, (*l).cap);
    free_object(o, Layout::new::<RangeObj>());
}

/// `range(start, stop, step)` (tagged ints) as a value; null with CPython's ValueError for a
/// zero step, or OverflowError for bounds that are not small ints.
///
/// # Safety
/// The arguments must be tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_range_new(start: i64, stop: i64, step: i64) -> *mut Obj {
    if [start, stop, step].iter().any(|v| v & 1 != 0) {
        raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        );
        return std::ptr::null_mut();
    }
    let (start, stop, step) = (start >> 1, stop >> 1, step >> 1);
    if step == 0 {
        raise(ExcKind::ValueError, "range() arg 3 must not be zero");
        return std::ptr::null_mut();
    }
    make_range(start, stop, step)
}

/// `r[start:stop:step]` of a range `r` (tagged bounds, bits 0/1/2 of `has` saying which were
/// given): the range CPython's slice gives (`range(0, 20, 3)[1:5]` is `range(3, 15, 3)`);
/// null with OverflowError when its bounds would not be small ints; None for a zero step (the
/// list slice raises).
///
/// # Safety
/// `r` must be a live range; the given bounds valid tagged ints.
pub(crate) unsafe fn range_slice(
    r: *mut Obj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) -> Option<*mut Obj> {
    let r = r as *mut RangeObj;
    let (start, stop, step) = crate::slice::given(start, stop, step, has);
    let (s0, s1, ss) = natrix_abi::slice_bounds((*r).list.len, start, stop, step)?;
    let (first, step) = ((*r).start as i128, (*r).step as i128);
    let small = |v: i128| {
        (natrix_abi::SMALL_INT_MIN as i128..=natrix_abi::SMALL_INT_MAX as i128)
            .contains(&v)
            .then_some(v as i64)
    };
    match (
        small(first + step * s0 as i128),
        small(first + step * s1 as i128),
        small(step * ss as i128),
    ) {
        (Some(start), Some(stop), Some(step)) => Some(make_range(start, stop, step)),
        // A range holds its values, so its bounds are small ints (as `nx_range_new` says).
        _ => {
            raise(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            );
            Some(std::ptr::null_mut())
        }
    }
}

/// A range of these (small, untagged) bounds, `step` not 0; null after MemoryError.
unsafe fn make_range(start: i64, stop: i64, step: i64) -> *mut Obj {
    let len = if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as usize
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as usize
    } else {
        0
    };
    let l = crate::list::new_list(ElemKind::Int, len);
    if l.is_null() {
        return std::ptr::null_mut();
    }
    let r = crate::object::alloc_object(Layout::new::<RangeObj>(), &RANGE_TYPE) as *mut RangeObj;
    if r.is_null() {
        crate::list::decref(l as *mut Obj);
        raise(ExcKind::MemoryError, "");
        return std::ptr::null_mut();
    }
    let items = (*l).items;
    for i in 0..len {
        *items.add(i) = (start + i as i64 * step) << 1;
    }
    r.write(RangeObj {
        list: ListObj {
            hdr: Obj {
                refcnt: 1,
                ty: &RANGE_TYPE,
            },
            len,
            cap: (*l).cap,
            kind: ElemKind::Int,
            items,
        },
        start,
        stop,
        step,
    });
    (*l).items = std::ptr::null_mut();
    (*l).cap = 0;
    crate::list::decref(l as *mut Obj);
    crate::object::track_alloc();
    r as *mut Obj
}
