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

/// A copy of a few items, on the stack when they fit: slice assignment copies the new
/// items (when they come from the list itself) and the replaced ones (released last), and
/// a short slice (`perm[:k + 1] = perm[k::-1]`) should cost no allocation.
struct Scratch {
    stack: [std::mem::MaybeUninit<i64>; 32],
    len: usize,
    heap: Vec<i64>,
}

impl Scratch {
    /// The items `f(0)`, `f(1)`, … `f(len - 1)`, written in order.
    #[inline(always)]
    fn filled(len: usize, mut f: impl FnMut(usize) -> i64) -> Scratch {
        let mut s = Scratch {
            stack: [std::mem::MaybeUninit::uninit(); 32],
            len,
            heap: Vec::new(),
        };
        if len <= s.stack.len() {
            for (k, slot) in s.stack.iter_mut().take(len).enumerate() {
                slot.write(f(k));
            }
        } else {
            s.heap = (0..len).map(f).collect();
        }
        s
    }

    #[inline(always)]
    fn of(items: &[i64]) -> Scratch {
        Scratch::filled(items.len(), |k| items[k])
    }

    fn items(&self) -> &[i64] {
        if self.len <= self.stack.len() {
            // SAFETY: `filled` initialized the first `len` slots.
            unsafe { &*(&self.stack[..self.len] as *const [_] as *const [i64]) }
        } else {
            &self.heap
        }
    }
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
    let src = src as *const ListObj;
    // The items are copied as they are: the compiler passes a list of the target's kind
    // (`mir/build/slice_objects.rs` `slice_source` lists any other value's items first).
    debug_assert!(
        (*src).len == 0 || (*src).kind == (*(l as *const ListObj)).kind,
        "a slice assigned from a list of another kind"
    );
    if std::ptr::eq(src, l as *const ListObj) {
        // `xs[:] = xs`: the new items are copied before the slots change.
        let copy = Scratch::of(items(src));
        set_slice_items(l as *mut ListObj, start, stop, step, has, copy.items());
    } else {
        set_slice_items(l as *mut ListObj, start, stop, step, has, items(src));
    }
}

/// `xs[start:stop:step] = ys[s_start:s_stop:s_step]` without making the list `ys[…]`
/// (`perm[:k + 1] = perm[k::-1]`): the selected items are gathered (on the stack when few),
/// then assigned. `has` and `s_has` as for [`nx_list_set_slice`]; a zero step of either slice
/// raises CPython's ValueError, the source's first.
///
/// # Safety
/// As for [`nx_list_set_slice`].
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn nx_list_set_slice_from(
    l: *mut Obj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
    src: *mut Obj,
    s_start: i64,
    s_stop: i64,
    s_step: i64,
    s_has: i64,
) {
    let src = src as *mut ListObj;
    // `xs[:k + 1] = xs[k::-1]` with `0 <= k < len(xs)`, the prefix reversal of pancake
    // sorting, decided from the tagged bounds before anything general runs.
    if src == l as *mut ListObj && has == 2 && s_has == 5 && s_step == -2 {
        let (k, n) = (s_start >> 1, stop >> 1);
        if s_start & 1 == 0 && stop & 1 == 0 && k >= 0 && n == k + 1 && (k as usize) < (*src).len {
            std::slice::from_raw_parts_mut((*src).items, n as usize).reverse();
            return;
        }
    }
    let Some((first, s_step, count)) = positions(src, s_start, s_stop, s_step, s_has) else {
        return;
    };
    // `xs[a:b] = xs[b-1:a-1:-1]` (`perm[:k + 1] = perm[k::-1]`): the same items in reverse
    // order, so the slice is reversed in place (no reference changes hands).
    if src == l as *mut ListObj && s_step == -1 && count > 0 {
        let lo = first as usize + 1 - count;
        if positions(src, start, stop, step, has) == Some((lo as i64, 1, count)) {
            std::slice::from_raw_parts_mut((*src).items.add(lo), count).reverse();
            return;
        }
    }
    let p = (*src).items;
    let picked = Scratch::filled(count, |k| {
        *p.offset(first as isize + s_step as isize * k as isize)
    });
    set_slice_items(l as *mut ListObj, start, stop, step, has, picked.items());
}

/// Assigns `new` (borrowed items, not in `l`'s buffer) to the slice of `l`.
unsafe fn set_slice_items(
    l: *mut ListObj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
    new: &[i64],
) {
    let Some((first, step, count)) = positions(l, start, stop, step, has) else {
        return;
    };
    let kind = (*l).kind;
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
    for &v in new {
        incref_elem(kind, v);
    }
    let old: Scratch;
    if step == 1 {
        let (lo, len) = (first as usize, (*l).len);
        if new.len() > count && !reserve(l, new.len() - count) {
            for &v in new {
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
        old = Scratch::of(std::slice::from_raw_parts(p.add(lo), count));
        std::ptr::copy(p.add(lo + count), p.add(lo + new.len()), len - lo - count);
        std::ptr::copy_nonoverlapping(new.as_ptr(), p.add(lo), new.len());
        (*l).len = len - count + new.len();
    } else {
        let p = (*l).items;
        let at = |k: usize| p.offset(first as isize + step as isize * k as isize);
        old = Scratch::filled(count, |k| {
            let was = *at(k);
            *at(k) = new[k];
            was
        });
    }
    // Released only now that the list is consistent again, in CPython's order: a plain
    // slice's last to first, an extended slice's in the order it was walked.
    if step == 1 {
        for &v in old.items().iter().rev() {
            decref_elem(kind, v);
        }
    } else {
        for &v in old.items() {
            decref_elem(kind, v);
        }
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
    // In CPython's order: a plain slice's items last to first, an extended slice's first to
    // last.
    if step == 1 {
        old.reverse();
    }
    for v in old {
        decref_elem(kind, v);
    }
}
