//! The cycle collector: reference counting frees everything except cycles (a node and its
//! parent, a closure kept in a variable it captures, a list that contains itself); this finds
//! and frees those.
//!
//! Every object of a type with a `traverse` slot (lists of objects, tuples, instances, cells,
//! function values, dicts, sets) is *tracked*: it is allocated with a [`Head`] in front of its
//! header that links it into this thread's list of tracked objects. Objects that cannot hold
//! references (strs, ints, lists of numbers) are not tracked.
//!
//! A collection is CPython's trial deletion over all tracked objects: each object's count minus
//! the references from other tracked objects is what holds it from outside (variables,
//! globals, untracked holders); objects with such references, and everything they reach, are
//! alive; the rest is cyclic garbage, whose references are released (`clear`), which frees it.
//! Collections run when the number of tracked allocations since the last one passes a
//! threshold that grows with the number of objects that survived (so the work stays
//! proportional to allocation), and once more at program exit.

use crate::object::{nx_dealloc, Obj};
use std::alloc::Layout;
use std::cell::UnsafeCell;

/// The collector's links, in front of every tracked object.
#[repr(C)]
struct Head {
    next: *mut Head,
    prev: *mut Head,
    /// During a collection: references from outside the tracked objects.
    refs: i64,
}

const HEAD: usize = std::mem::size_of::<Head>();
const _: () = assert!(HEAD % 8 == 0);

/// Collections run after at least this many tracked allocations.
const MIN_THRESHOLD: usize = 10_000;

struct State {
    /// The sentinel of the circular list of tracked objects (linked on first use).
    list: Head,
    /// Tracked objects alive.
    count: usize,
    /// Tracked allocations since the last collection.
    allocs: usize,
    threshold: usize,
    collecting: bool,
}

thread_local! {
    // Programs are single-threaded; the runtime's unit tests run on several threads, each with
    // its own objects.
    static STATE: UnsafeCell<State> = const {
        UnsafeCell::new(State {
            list: Head {
                next: std::ptr::null_mut(),
                prev: std::ptr::null_mut(),
                refs: 0,
            },
            count: 0,
            allocs: 0,
            threshold: MIN_THRESHOLD,
            collecting: false,
        })
    };
}

/// This thread's collector state. The pointer stays valid for the thread's lifetime.
fn state() -> *mut State {
    STATE.with(|s| {
        let st = s.get();
        // SAFETY: single-threaded access to this thread's state.
        unsafe {
            if (*st).list.next.is_null() {
                let sentinel = &mut (*st).list as *mut Head;
                (*st).list.next = sentinel;
                (*st).list.prev = sentinel;
            }
        }
        st
    })
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

/// Memory for a tracked object of `layout`, linked into the list (null when out of memory).
/// May run a collection first.
///
/// # Safety
/// `layout` must be non-zero-sized; the caller initialises the object header before any other
/// allocation of a tracked object.
pub unsafe fn alloc(layout: Layout) -> *mut u8 {
    let st = state();
    if (*st).allocs >= (*st).threshold && !(*st).collecting {
        collect();
    }
    let base = std::alloc::alloc(full_layout(layout));
    if base.is_null() {
        return base;
    }
    let h = base as *mut Head;
    let sentinel = &mut (*st).list as *mut Head;
    (*h).next = (*sentinel).next;
    (*h).prev = sentinel;
    (*(*sentinel).next).prev = h;
    (*sentinel).next = h;
    (*h).refs = 0;
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
    (*(*h).prev).next = (*h).next;
    (*(*h).next).prev = (*h).prev;
    (*st).count -= 1;
    std::alloc::dealloc(h as *mut u8, full_layout(layout));
}

/// Marks an object found alive during a collection.
const REACHABLE: i64 = i64::MIN;

/// Finds the tracked objects only cycles keep alive and frees them; returns how many.
pub fn collect() -> usize {
    let st = state();
    // SAFETY: single-threaded; every tracked object in the list is live and its `traverse`
    // visits only live objects.
    unsafe {
        (*st).collecting = true;
        let sentinel = &mut (*st).list as *mut Head;
        let mut objs = Vec::with_capacity((*st).count);
        let mut h = (*sentinel).next;
        while h != sentinel {
            (*h).refs = (*object(h)).refcnt;
            objs.push(object(h));
            h = (*h).next;
        }
        // Subtract the references tracked objects hold to each other.
        for &o in &objs {
            if let Some(traverse) = (*(*o).ty).traverse {
                traverse(o, &mut |r| {
                    if tracked(r) {
                        (*head(r)).refs -= 1;
                    }
                });
            }
        }
        // What is referenced from outside, and all it reaches, is alive.
        let mut stack: Vec<*mut Obj> = vec![];
        for &o in &objs {
            if (*head(o)).refs > 0 {
                (*head(o)).refs = REACHABLE;
                stack.push(o);
            }
        }
        while let Some(o) = stack.pop() {
            if let Some(traverse) = (*(*o).ty).traverse {
                traverse(o, &mut |r| {
                    if tracked(r) && (*head(r)).refs != REACHABLE {
                        (*head(r)).refs = REACHABLE;
                        stack.push(r);
                    }
                });
            }
        }
        let garbage: Vec<*mut Obj> = objs
            .into_iter()
            .filter(|&o| (*head(o)).refs != REACHABLE)
            .collect();
        // Hold every garbage object while their references are released, then let go.
        for &g in &garbage {
            (*g).refcnt += 1;
        }
        for &g in &garbage {
            if let Some(clear) = (*(*g).ty).clear {
                clear(g);
            }
        }
        for &g in &garbage {
            (*g).refcnt -= 1;
            if (*g).refcnt == 0 {
                nx_dealloc(g);
            }
        }
        (*st).collecting = false;
        (*st).allocs = 0;
        (*st).threshold = MIN_THRESHOLD.max((*st).count);
        garbage.len()
    }
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
