//! Attributes set on function objects (`wrapper.calls = 0`, `handler.help = "…"`), as
//! CPython keeps them in the function's `__dict__`.
//!
//! A function value without an environment (a module-level `def`) may be made anew at each
//! read (see `closure.rs`), so its attributes are kept by its function's number, which all
//! those values share; a closure's by its object, and dropped when the closure is. A bound
//! method reads its function's. The table holds a reference to each value (a dynamic value:
//! null is None) until the attribute is set again or the program ends ([`release_all`]).

use crate::closure::{FUNC_TYPE, METHOD_TYPE};
use crate::exc::raise;
use crate::list::{decref, incref};
use crate::object::Obj;
use crate::str::as_str;
use crate::tuple::item;
use natrix_abi::ExcKind;
use std::cell::RefCell;
use std::collections::HashMap;

/// Who the attributes belong to: a function (its number) or a closure object (its address).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Owner {
    Function(i64),
    Closure(usize),
}

thread_local! {
    static ATTRS: RefCell<HashMap<Owner, Vec<(String, *mut Obj)>>> = RefCell::new(HashMap::new());
}

/// Whose attributes function value `f` has.
unsafe fn owner(f: *mut Obj) -> Owner {
    if std::ptr::eq((*f).ty, &FUNC_TYPE) && crate::tuple::len(f) > 2 {
        Owner::Closure(f as usize)
    } else {
        Owner::Function(item(f, 0).1 >> 1)
    }
}

/// `f.name = v` of a function value (`v` a dynamic value, borrowed); `__name__` (a str)
/// is what `f.__name__` reads then, `__qualname__` what its repr shows. A bound method has no
/// attributes of its own to set: CPython's AttributeError.
///
/// # Safety
/// `f` must be a live function value, `name` a live str, `v` null or a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_func_setattr(f: *mut Obj, name: *mut Obj, v: *mut Obj) {
    let name = as_str(name);
    if std::ptr::eq((*f).ty, &METHOD_TYPE) {
        raise(
            ExcKind::AttributeError,
            format!("'method' object has no attribute '{name}'"),
        );
        return;
    }
    // (What `__name__` and `repr` show: strs only.)
    let named = matches!(name, "__name__" | "__qualname__");
    if named && (v.is_null() || !std::ptr::eq((*v).ty, &crate::str::STR_TYPE)) {
        raise(
            ExcKind::TypeError,
            format!("{name} must be set to a string object"),
        );
        return;
    }
    if !v.is_null() {
        incref(v);
    }
    let old = ATTRS.with(|a| {
        let mut a = a.borrow_mut();
        let attrs = a.entry(owner(f)).or_default();
        match attrs.iter_mut().find(|(n, _)| n == name) {
            Some((_, slot)) => Some(std::mem::replace(slot, v)),
            None => {
                attrs.push((name.to_string(), v));
                None
            }
        }
    });
    if let Some(old) = old.filter(|o| !o.is_null()) {
        decref(old);
    }
}

/// The attribute `name` set on function value `f`, if any (a new reference; null is None).
///
/// # Safety
/// `f` must be a live function value.
pub(crate) unsafe fn get(f: *mut Obj, name: &str) -> Option<*mut Obj> {
    let found = ATTRS.with(|a| {
        let a = a.borrow();
        let attrs = a.get(&owner(f))?;
        attrs.iter().find(|(n, _)| n == name).map(|(_, v)| *v)
    });
    if let Some(v) = found.filter(|v| !v.is_null()) {
        incref(v);
    }
    found
}

/// `f.name` of a function value: an attribute set on it (a dynamic value, new reference), or
/// CPython's AttributeError.
///
/// # Safety
/// `f` must be a live function value, `name` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_func_getattr(f: *mut Obj, name: *mut Obj) -> *mut Obj {
    match get(f, as_str(name)) {
        Some(v) => v,
        None => {
            let ty = (*(*f).ty).name;
            raise(
                ExcKind::AttributeError,
                format!("'{ty}' object has no attribute '{}'", as_str(name)),
            );
            std::ptr::null_mut()
        }
    }
}

/// A closure goes: the attributes set on it go too.
///
/// # Safety
/// `f` must be a function value being deallocated.
pub(crate) unsafe fn forget(f: *mut Obj) {
    let gone = ATTRS.with(|a| {
        let mut a = a.borrow_mut();
        if a.is_empty() {
            return None;
        }
        a.remove(&Owner::Closure(f as usize))
    });
    for (_, v) in gone.into_iter().flatten() {
        if !v.is_null() {
            decref(v);
        }
    }
}

/// At program end: releases every attribute value (before the leak check).
pub(crate) fn release_all() {
    let all = ATTRS.with(|a| std::mem::take(&mut *a.borrow_mut()));
    for (_, v) in all.into_values().flatten() {
        if !v.is_null() {
            // SAFETY: the table owned a reference to each value.
            unsafe { decref(v) };
        }
    }
}
