//! The object header shared by every heap object, type descriptors, and deallocation.

use natrix_abi::{IMMORTAL_REFCNT, OBJ_REFCNT_OFFSET, OBJ_TYPE_OFFSET};
use std::alloc::Layout;
use std::sync::atomic::{AtomicI64, Ordering::Relaxed};

/// The header at the start of every heap object. Generated code reads and writes `refcnt`
/// directly (increments, decrements, and the test for zero before calling [`nx_dealloc`]).
#[repr(C)]
pub struct Obj {
    pub refcnt: i64,
    pub ty: *const TypeInfo,
}

const _: () = assert!(std::mem::offset_of!(Obj, refcnt) as u64 == OBJ_REFCNT_OFFSET);
const _: () = assert!(std::mem::offset_of!(Obj, ty) as u64 == OBJ_TYPE_OFFSET);
const _: () = assert!(std::mem::size_of::<Obj>() == 16);

/// Frees an object (its contents and its memory). Called only when the count reached zero.
pub type DeallocFn = unsafe fn(*mut Obj);
/// Calls `visit` on every object reference the object holds (for the future cycle collector).
pub type TraverseFn = unsafe fn(*mut Obj, visit: &mut dyn FnMut(*mut Obj));
/// Drops the references an object holds, leaving it empty but valid.
pub type ClearFn = unsafe fn(*mut Obj);
/// repr()/str() of an object as a new str object (null on error).
pub type ReprFn = unsafe fn(*mut Obj) -> *mut Obj;
/// hash() as a tagged int (INT_ERROR on error).
pub type HashFn = unsafe fn(*mut Obj) -> i64;
/// Equality: 0, 1, or -1 on error.
pub type EqFn = unsafe fn(*mut Obj, *mut Obj) -> i64;
/// Ordering (Python's `<` family): -1, 0 or 1; 2 when unordered (a NaN decided); or
/// [`CMP_ERROR`] after raising (TypeError for unorderable operands, RecursionError, …).
pub type CompareFn = unsafe fn(*mut Obj, *mut Obj) -> i64;

/// What a [`CompareFn`] returns after raising (the pending flag is set too).
pub const CMP_ERROR: i64 = -2;

/// Raises CPython's TypeError for `<` between unorderable values, named by their types, and
/// returns [`CMP_ERROR`]. (The message always names `<`; the operator is not passed down.)
pub fn not_orderable(a: &str, b: &str) -> i64 {
    crate::exc::raise(
        natrix_abi::ExcKind::TypeError,
        format!("'<' not supported between instances of '{a}' and '{b}'"),
    );
    CMP_ERROR
}

/// [`not_orderable`] named by two objects' types.
///
/// # Safety
/// `a` and `b` must point to live objects.
pub unsafe fn not_orderable_objs(a: *mut Obj, b: *mut Obj) -> i64 {
    not_orderable((*(*a).ty).name, (*(*b).ty).name)
}

/// A type's description, pointed to by every object header of that type.
///
/// The protocol slots (`repr`, `hash`, `eq`, …) are the start of the dynamic protocol `Dyn`
/// values will use; `None` means "not provided (yet)".
pub struct TypeInfo {
    /// The Python type name, as `type(x).__name__` prints it.
    pub name: &'static str,
    pub dealloc: DeallocFn,
    /// `None` for types that cannot hold references (acyclic). Objects of types with one are
    /// *tracked* by the cycle collector (`gc.rs`): allocated with its links before the header.
    pub traverse: Option<TraverseFn>,
    /// Releases every reference the object holds (the collector breaks cycles with it).
    pub clear: Option<ClearFn>,
    pub repr: Option<ReprFn>,
    pub str: Option<ReprFn>,
    pub hash: Option<HashFn>,
    pub eq: Option<EqFn>,
    /// Ordering against another object; raises when the other's type is not comparable.
    pub compare: Option<CompareFn>,
}

/// Is this object immortal (never freed)?
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn is_immortal(obj: *const Obj) -> bool {
    (*obj).refcnt >= IMMORTAL_REFCNT / 2
}

/// Live mortal heap objects, counted at allocation ([`track_alloc`]) and release
/// ([`free_object`]). With `NATRIX_CHECK_LEAKS` set, `nx_finish` reports any left at exit, when
/// every reference (globals included) has been released: the refcount check the tests run.
/// (Relaxed load and store, not a locked add: programs are single-threaded, and this keeps the
/// count free of undefined behaviour in the multi-threaded unit tests.)
pub static LIVE_OBJECTS: AtomicI64 = AtomicI64::new(0);

/// Counts a newly allocated mortal object.
pub fn track_alloc() {
    LIVE_OBJECTS.store(LIVE_OBJECTS.load(Relaxed) + 1, Relaxed);
}

/// The header word written over a freed object's type pointer in debug builds.
pub const POISON: usize = 0xdead_beef_dead_beef;

/// Frees the memory of an object allocated with `layout`, poisoning its header first in debug
/// builds so a use after free trips over an obviously bad type pointer. Type deallocators call
/// this last.
///
/// # Safety
/// `obj` must have been allocated with the global allocator with exactly `layout`.
pub unsafe fn free_object(obj: *mut Obj, layout: Layout) {
    LIVE_OBJECTS.store(LIVE_OBJECTS.load(Relaxed) - 1, Relaxed);
    let tracked = (*(*obj).ty).traverse.is_some();
    if cfg!(debug_assertions) {
        (*obj).refcnt = POISON as i64;
        (*obj).ty = POISON as *const TypeInfo;
    }
    if tracked {
        crate::gc::free(obj, layout);
    } else {
        std::alloc::dealloc(obj as *mut u8, layout);
    }
}

/// Allocates memory for an object of type `ty` with `layout` (null when out of memory):
/// tracked types get the cycle collector's links in front.
///
/// # Safety
/// `layout` must be non-zero-sized.
pub unsafe fn alloc_object(layout: Layout, ty: &'static TypeInfo) -> *mut u8 {
    if ty.traverse.is_some() {
        crate::gc::alloc(layout)
    } else {
        std::alloc::alloc(layout)
    }
}

/// Frees an object whose reference count reached zero, through its type's deallocator.
///
/// # Safety
/// `obj` must be null or point to a live object that nothing references any more.
#[no_mangle]
pub unsafe extern "C" fn nx_dealloc(obj: *mut Obj) {
    if obj.is_null() {
        return;
    }
    if cfg!(debug_assertions) && (*obj).refcnt != 0 {
        // A broken refcount is a compiler bug; stop before corrupting memory.
        crate::exc::fatal(&format!(
            "nx_dealloc: object with reference count {} (expected 0)",
            (*obj).refcnt
        ));
    }
    let ty = (*obj).ty;
    if ty.is_null() || (cfg!(debug_assertions) && ty as usize == POISON) {
        crate::exc::fatal("nx_dealloc: object with a bad type pointer (double free?)");
    }
    ((*ty).dealloc)(obj);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_objects_are_counted() {
        let _g = crate::exc::tests::lock();
        let before = LIVE_OBJECTS.load(Relaxed);
        let s = crate::str::new_str("counted");
        assert_eq!(LIVE_OBJECTS.load(Relaxed), before + 1);
        unsafe {
            (*s).refcnt -= 1;
            nx_dealloc(s);
        }
        assert_eq!(LIVE_OBJECTS.load(Relaxed), before);
    }
}
