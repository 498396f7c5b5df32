//! Instances of user classes.
//!
//! An instance is laid out like a tuple (see `tuple.rs`): item 0 holds the class name (a str,
//! for the default repr), item 1 the address of the class's compiled `__repr__` (raw bits in a
//! `Float` item, which nothing refcounts; 0 when the class has none), and items
//! `INSTANCE_FIRST_SLOT..` the attribute slots, in the order the compiler numbered them. The compiler knows every attribute's slot and type statically, so it reads and writes
//! them with `nx_tuple_get` / `nx_tuple_init`; an attribute never assigned is a `None` item,
//! which the generated code turns into AttributeError where the attribute's type is an object.
//!
//! The type slots give the object defaults CPython's `object` gives: identity equality and
//! hashing, and `<__main__.Name object at 0x…>` as repr. A user `__str__` / `__repr__` is
//! called by the compiled code directly; containers printing their elements go through the
//! repr slot, which calls the compiled `__repr__` by its address.

use crate::exc::raise;
use crate::object::{Obj, TypeInfo};
use crate::str::{as_str, new_str};
use crate::tuple::{init_raw, item, new_tuple_of, nx_tuple_get, tuple_dealloc, tuple_traverse};
use natrix_abi::{ElemKind, ExcKind, INSTANCE_FIRST_SLOT};

/// The type of every user-class instance (the class itself is known statically).
pub static INSTANCE_TYPE: TypeInfo = TypeInfo {
    name: "object",
    dealloc: tuple_dealloc,
    traverse: Some(tuple_traverse),
    repr: Some(instance_repr_slot),
    str: None,
    hash: Some(instance_hash_slot),
    eq: Some(instance_eq_slot),
    compare: Some(instance_compare_slot),
};

/// A new instance with `nslots` unset attributes.
///
/// # Safety
/// `class_name` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_instance_new(nslots: i64, class_name: *mut Obj, repr: i64) -> *mut Obj {
    let n = nslots.max(0) as usize;
    let first = INSTANCE_FIRST_SLOT as usize;
    let obj = new_tuple_of(n + first, &INSTANCE_TYPE);
    if !obj.is_null() {
        crate::list::incref(class_name);
        init_raw(obj, 0, ElemKind::Obj, class_name as i64);
        init_raw(obj, 1, ElemKind::Float, repr);
        for i in first..n + first {
            init_raw(obj, i, ElemKind::None, UNSET);
        }
    }
    obj
}

/// A compiled `__repr__`: the frame depth, then `self`; a new str, or null after raising.
type ReprCode = unsafe extern "C" fn(i64, *mut Obj) -> *mut Obj;

/// The bits of an attribute never assigned (a `None` item with bits no `None` has).
const UNSET: i64 = -1;

/// Attribute `slot` of `obj` as element bits with a new reference; AttributeError when it
/// was never assigned.
///
/// # Safety
/// `obj` must be a live instance with more than `slot` attributes, `attr` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_instance_get(obj: *mut Obj, slot: i64, attr: *mut Obj) -> i64 {
    let (kind, bits) = item(obj, (slot + INSTANCE_FIRST_SLOT) as usize);
    if kind == ElemKind::None && bits == UNSET {
        let (_, name) = item(obj, 0);
        raise(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{}'",
                as_str(name as *mut Obj),
                as_str(attr)
            ),
        );
        return 0;
    }
    nx_tuple_get(obj, slot + INSTANCE_FIRST_SLOT)
}

/// `<__main__.Name object at 0x…>`, CPython's default repr of an instance.
///
/// # Safety
/// `obj` must be a live instance.
#[no_mangle]
pub unsafe extern "C" fn nx_instance_repr(obj: *mut Obj) -> *mut Obj {
    nx_instance_default_repr(obj)
}

unsafe fn instance_repr_slot(obj: *mut Obj) -> *mut Obj {
    let (_, code) = item(obj, 1);
    if code != 0 {
        // SAFETY: the compiler stored the address of a function of exactly this signature.
        let f: ReprCode = std::mem::transmute::<usize, ReprCode>(code as usize);
        // The frame depth is unknown here: count it from 1 (containers guard their own depth).
        return f(1, obj);
    }
    nx_instance_default_repr(obj)
}

/// `<__main__.Name object at 0x…>`, ignoring any `__repr__`.
unsafe fn nx_instance_default_repr(obj: *mut Obj) -> *mut Obj {
    let (_, name) = item(obj, 0);
    new_str(&format!(
        "<__main__.{} object at {:#x}>",
        as_str(name as *mut Obj),
        obj as usize
    ))
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
unsafe fn instance_hash_slot(obj: *mut Obj) -> i64 {
    let y = (obj as usize).rotate_right(4) as i64;
    let y = if y == -1 { -2 } else { y };
    crate::int::make_int(y as i128)
}

unsafe fn instance_eq_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    std::ptr::eq(a, b) as i64
}

unsafe fn instance_compare_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    crate::object::not_orderable_objs(a, b)
}
