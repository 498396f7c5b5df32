//! The cycle collector: reference counting frees everything except cycles (a node and its
//! parent, a closure kept in a variable it captures, a list that contains itself); this finds
//! and frees those.
//!
//! Every object of a type with a `traverse` slot (lists of objects, tuples, instances, cells,
//! function values, dicts, sets) is *tracked*: it is allocated with a [`Head`] in front of its
//! header that links it into the list of tracked objects. Objects that cannot hold
//! references (strs, ints, lists of numbers) are not tracked.
//!
//! A collection is CPython's trial deletion over all tracked objects: each object's count minus
//! the references from other tracked objects is what holds it from outside (variables,
//! globals, untracked holders); objects with such references, and everything they reach, are
//! alive; the rest is cyclic garbage, whose references are released (`clear`), which frees it.
//! Collections are generational: objects start young; a young collection (every
//! `YOUNG_THRESHOLD` tracked allocations) examines only the young objects, counting references
//! from old ones as outside references, and makes the survivors old; a full collection runs
//! when the live objects grew by a quarter since the last one (so long-lived data is not
//! re-examined at every young collection), and once more at exit under the leak check.

use crate::object::{nx_dealloc, Obj};
use std::alloc::Layout;

/// The collector's links, in front of every tracked object.
#[repr(C)]
struct Head {
    next: *mut Head,
    prev: *mut Head,
    /// Between collections: [`YOUNG`] or [`OLD`]; during one, the references from outside the
    /// objects being collected (or [`REACHABLE`]).
    refs: i64,
}

const HEAD: usize = std::mem::size_of::<Head>();
const _: () = assert!(HEAD % 8 == 0);

/// Marks an object found alive during a collection.
const REACHABLE: i64 = i64::MIN;
/// An object that survived a collection (in the old list).
const OLD: i64 = i64::MIN + 1;
/// An object allocated since the last collection (in the young list).
const YOUNG: i64 = i64::MIN + 2;
/// During a collection: an object set aside as unreachable (so far).
const TENTATIVE: i64 = i64::MIN + 3;

/// Young collections run after this many tracked allocations.
const YOUNG_THRESHOLD: usize = 100_000;
/// A full collection runs when the tracked objects alive grew by a quarter (and at least this
/// many) since the last one.
const FULL_MIN_GROWTH: usize = 100_000;

struct State {
    /// The sentinels of the circular lists of young and old tracked objects (linked on first
    /// use).
    young: Head,
    old: Head,
    /// Tracked objects alive.
    count: usize,
    /// Tracked allocations since the last collection.
    allocs: usize,
    /// Tracked objects alive after the last full collection.
    after_full: usize,
    collecting: bool,
}

const EMPTY: Head = Head {
    next: std::ptr::null_mut(),
    prev: std::ptr::null_mut(),
    refs: 0,
};

const INITIAL: State = State {
    young: EMPTY,
    old: EMPTY,
    count: 0,
    allocs: 0,
    after_full: 0,
    collecting: false,
};

// Programs are single-threaded: one state in a plain static, reached without the thread-local
// machinery on every allocation. The runtime's unit tests run on several threads, each with
// its own objects, so they keep one state per thread.
#[cfg(not(test))]
static STATE: crate::global::Global<State> = crate::global::Global::new(INITIAL);

#[cfg(not(test))]
#[inline]
fn state_cell() -> *mut State {
    // SAFETY: single-threaded; callers keep their uses short.
    unsafe { STATE.get() as *mut State }
}

#[cfg(test)]
thread_local! {
    static STATE: std::cell::UnsafeCell<State> = const { std::cell::UnsafeCell::new(INITIAL) };
}

#[cfg(test)]
fn state_cell() -> *mut State {
    STATE.with(|s| s.get())
}

/// The collector's state, its lists linked on first use. The pointer stays valid for the
/// program's (or test thread's) lifetime.
#[inline]
fn state() -> *mut State {
    let st = state_cell();
    // SAFETY: single-threaded access to the state.
    unsafe {
        for sentinel in [&mut (*st).young as *mut Head, &mut (*st).old as *mut Head] {
            if (*sentinel).next.is_null() {
                (*sentinel).next = sentinel;
                (*sentinel).prev = sentinel;
            }
        }
    }
    st
}

fn full_layout(layout: Layout) -> Layout {
    assert!(layout.align() <= 8, "tracked objects are 8-byte aligned");
    Layout::from_size_align(layout.size() + HEAD, 8).expect("a valid object layout")
}

unsafe fn head(obj: *mut Obj) -> *mut Head {
    (obj as *mut u8).sub(HEAD) as *mut Head
}

unsafe fn object(h: *mut Head) -> *mut Obj {
    (h as *mut u8).add(HEAD) as *mut Obj
}

/// Whether `obj` is tracked (its type has a `traverse` slot).
unsafe fn tracked(obj: *mut Obj) -> bool {
    !obj.is_null() && (*(*obj).ty).traverse.is_some()
}

unsafe fn link(sentinel: *mut Head, h: *mut Head) {
    (*h).next = (*sentinel).next;
    (*h).prev = sentinel;
    (*(*sentinel).next).prev = h;
    (*sentinel).next = h;
}

/// Moves every object of list `from` to the front of list `to`.
unsafe fn splice(from: *mut Head, to: *mut Head) {
    if (*from).next == from {
        return;
    }
    let (first, last) = ((*from).next, (*from).prev);
    (*last).next = (*to).next;
    (*(*to).next).prev = last;
    (*to).next = first;
    (*first).prev = to;
    (*from).next = from;
    (*from).prev = from;
}

/// Memory for a tracked object of `layout`, linked into the young list (null when out of
/// memory). May run a collection first.
///
/// # Safety
/// `layout` must be non-zero-sized; the caller initialises the object header before any other
/// allocation of a tracked object.
pub unsafe fn alloc(layout: Layout) -> *mut u8 {
    let st = state();
    if (*st).allocs >= YOUNG_THRESHOLD && !(*st).collecting {
        let full = (*st).count > (*st).after_full + ((*st).after_full / 4).max(FULL_MIN_GROWTH);
        collect_generation(full);
    }
    let base = std::alloc::alloc(full_layout(layout));
    if base.is_null() {
        return base;
    }
    let h = base as *mut Head;
    link(&mut (*st).young, h);
    (*h).refs = YOUNG;
    (*st).count += 1;
    (*st).allocs += 1;
    base.add(HEAD)
}

/// Unlinks and frees a tracked object allocated with `layout`.
///
/// # Safety
/// `obj` must come from [`alloc`] with the same `layout` and not be used afterwards.
pub unsafe fn free(obj: *mut Obj, layout: Layout) {
    let st = state();
    let h = head(obj);
    unlink(h);
    (*st).count -= 1;
    std::alloc::dealloc(h as *mut u8, full_layout(layout));
}

/// A full collection: finds the tracked objects only cycles keep alive and frees them;
/// returns how many.
pub fn collect() -> usize {
    // SAFETY: see `collect_generation`.
    unsafe { collect_generation(true) }
}

/// Collects the young objects (references from old ones count as outside references), or
/// every object when `full`; the survivors become old.
///
/// # Safety
/// Every tracked object is live and consistent (collections run only at allocations of
/// tracked objects and at exit), and its `traverse` visits only live objects.
unsafe fn collect_generation(full: bool) -> usize {
    let st = state();
    (*st).collecting = true;
    let (young, old) = (&mut (*st).young as *mut Head, &mut (*st).old as *mut Head);
    if full {
        splice(old, young);
    }
    let mut h = (*young).next;
    while h != young {
        (*h).refs = (*object(h)).refcnt;
        h = (*h).next;
    }
    // Subtract the references the collected objects hold to each other.
    let mut h = (*young).next;
    while h != young {
        let o = object(h);
        if let Some(traverse) = (*(*o).ty).traverse {
            traverse(o, &mut |r| {
                if tracked(r) && (*head(r)).refs != OLD {
                    (*head(r)).refs -= 1;
                }
            });
        }
        h = (*h).next;
    }
    // What is referenced from outside, and all it reaches, is alive (CPython's
    // `move_unreachable`): scan the list in order; an object with outside references marks
    // what it references as reachable (moving any already set aside back to the end of the
    // list, to be scanned); one without is set aside as tentatively unreachable.
    let mut unreachable = EMPTY;
    let unreachable = &mut unreachable as *mut Head;
    (*unreachable).next = unreachable;
    (*unreachable).prev = unreachable;
    let mut h = (*young).next;
    while h != young {
        if (*h).refs > 0 || (*h).refs == REACHABLE {
            (*h).refs = REACHABLE;
            let o = object(h);
            if let Some(traverse) = (*(*o).ty).traverse {
                traverse(o, &mut |r| {
                    if !tracked(r) {
                        return;
                    }
                    let rh = head(r);
                    match (*rh).refs {
                        TENTATIVE => {
                            unlink(rh);
                            link_back(young, rh);
                            (*rh).refs = 1;
                        }
                        0 => (*rh).refs = 1,
                        _ => {}
                    }
                });
            }
            // Read after the scan: it may have moved objects to the end of the list.
            h = (*h).next;
        } else {
            let next = (*h).next;
            unlink(h);
            link_back(unreachable, h);
            (*h).refs = TENTATIVE;
            h = next;
        }
    }
    // The survivors are old now.
    let mut h = (*young).next;
    while h != young {
        (*h).refs = OLD;
        h = (*h).next;
    }
    splice(young, old);
    // Hold every garbage object while their references are released, then let go.
    let mut freed = 0;
    let mut h = (*unreachable).next;
    while h != unreachable {
        (*object(h)).refcnt += 1;
        (*h).refs = OLD;
        h = (*h).next;
    }
    let mut h = (*unreachable).next;
    while h != unreachable {
        let o = object(h);
        if let Some(clear) = (*(*o).ty).clear {
            clear(o);
        }
        h = (*h).next;
    }
    while (*unreachable).next != unreachable {
        let h = (*unreachable).next;
        let o = object(h);
        // Back among the old objects while it goes (its deallocation unlinks it).
        unlink(h);
        link(old, h);
        (*o).refcnt -= 1;
        if (*o).refcnt == 0 {
            nx_dealloc(o);
        }
        freed += 1;
    }
    (*st).collecting = false;
    (*st).allocs = 0;
    if full {
        (*st).after_full = (*st).count;
    }
    freed
}

unsafe fn unlink(h: *mut Head) {
    (*(*h).prev).next = (*h).next;
    (*(*h).next).prev = (*h).prev;
}

/// Links `h` at the end of the list `sentinel`.
unsafe fn link_back(sentinel: *mut Head, h: *mut Head) {
    (*h).prev = (*sentinel).prev;
    (*h).next = sentinel;
    (*(*sentinel).prev).next = h;
    (*sentinel).prev = h;
}

/// The number of tracked objects alive on this thread.
pub fn tracked_count() -> usize {
    // SAFETY: reads one word of this thread's state.
    unsafe { (*state()).count }
}

#[cfg(test)]
mod tests {
    use super::*;
    use natrix_abi::ElemKind;

    #[test]
    fn frees_a_list_that_contains_itself() {
        unsafe {
            let before = tracked_count();
            let l = crate::list::nx_list_new(ElemKind::Obj as i64, 0);
            crate::list::nx_list_append(l, l as i64);
            crate::list::decref(l);
            assert_eq!(tracked_count(), before + 1, "a cycle survives refcounting");
            assert_eq!(collect(), 1);
            assert_eq!(tracked_count(), before);
        }
    }

    #[test]
    fn keeps_what_is_referenced_from_outside() {
        unsafe {
            let a = crate::list::nx_list_new(ElemKind::Obj as i64, 0);
            let b = crate::list::nx_list_new(ElemKind::Obj as i64, 0);
            crate::list::nx_list_append(a, b as i64);
            crate::list::nx_list_append(b, a as i64);
            // `a` is still held here: neither may go.
            crate::list::decref(b);
            assert_eq!(collect(), 0);
            assert_eq!(crate::list::items(b as *mut crate::list::ListObj).len(), 1);
            crate::list::decref(a);
            assert_eq!(collect(), 2);
        }
    }
}
