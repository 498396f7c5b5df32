//! Cells and function values.
//!
//! A cell is a shared box holding a function's variable that nested functions use. It is laid
//! out like a one-item tuple (see `tuple.rs`); the item is unset until the variable is first
//! assigned. Compiled code sets it with `nx_tuple_init`.
//!
//! A function value is laid out like a tuple too: the function's number (a small int), its name
//! (a str), then its closure's environment (cells, default values); compiled code fills it with
//! `nx_tuple_init` and reads it with `nx_tuple_get`. A generator's frame is laid out the same
//! way (see the compiler's `mir/build/generators.rs`).

use crate::exc::raise;
use crate::object::{Obj, TypeInfo};
use crate::str::as_str;
use crate::tuple::{init_raw, item, new_tuple_of, nx_tuple_get, tuple_dealloc, tuple_traverse};
use natrix_abi::{ElemKind, ExcKind};

pub static CELL_TYPE: TypeInfo = TypeInfo {
    name: "cell",
    dealloc: tuple_dealloc,
    traverse: Some(tuple_traverse),
    clear: Some(crate::tuple::tuple_clear),
    repr: None,
    str: None,
    hash: None,
    eq: None,
    compare: None,
};

pub static FUNC_TYPE: TypeInfo = TypeInfo {
    name: "function",
    dealloc: tuple_dealloc,
    traverse: Some(tuple_traverse),
    clear: Some(crate::tuple::tuple_clear),
    repr: Some(func_repr),
    str: None,
    hash: None,
    eq: None,
    compare: None,
};

/// `<function name at 0x…>`.
unsafe fn func_repr(f: *mut Obj) -> *mut Obj {
    let (_, name) = item(f, 1);
    crate::str::new_str(&format!(
        "<function {} at {:#x}>",
        as_str(name as *mut Obj),
        f as usize
    ))
}

pub static GEN_TYPE: TypeInfo = TypeInfo {
    name: "generator",
    dealloc: tuple_dealloc,
    traverse: Some(tuple_traverse),
    clear: Some(crate::tuple::tuple_clear),
    repr: Some(gen_repr),
    str: None,
    hash: None,
    eq: None,
    compare: None,
};

/// `<generator object name at 0x…>`.
unsafe fn gen_repr(g: *mut Obj) -> *mut Obj {
    let (_, name) = item(g, 1);
    crate::str::new_str(&format!(
        "<generator object {} at {:#x}>",
        as_str(name as *mut Obj),
        g as usize
    ))
}

/// A new generator frame with `n` items (state, name, the locals of its body), to fill with
/// nx_tuple_init.
#[no_mangle]
pub extern "C" fn nx_gen_new(n: i64) -> *mut Obj {
    new_tuple_of(n.max(0) as usize, &GEN_TYPE)
}

/// A new function value with `n` items, each `None` until initialised.
#[no_mangle]
pub extern "C" fn nx_func_new(n: i64) -> *mut Obj {
    new_tuple_of(n.max(0) as usize, &FUNC_TYPE)
}

/// The bits of a cell whose variable was never assigned (a `None` item no `None` has).
const UNSET: i64 = -1;

/// A new cell whose variable is unassigned.
#[no_mangle]
pub extern "C" fn nx_cell_new() -> *mut Obj {
    let c = new_tuple_of(1, &CELL_TYPE);
    if !c.is_null() {
        // SAFETY: a fresh one-item tuple.
        unsafe { init_raw(c, 0, ElemKind::None, UNSET) };
    }
    c
}

/// The variable in `cell` as element bits with a new reference; NameError naming it (`name`,
/// a str) when it was never assigned.
///
/// # Safety
/// `cell` must be a live cell and `name` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_cell_get(cell: *mut Obj, name: *mut Obj) -> i64 {
    let (kind, bits) = item(cell, 0);
    if kind == ElemKind::None && bits == UNSET {
        raise(
            ExcKind::NameError,
            format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                as_str(name)
            ),
        );
        return 0;
    }
    nx_tuple_get(cell, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, take};

    #[test]
    fn unset_then_set() {
        let _g = lock();
        unsafe {
            let c = nx_cell_new();
            let name = crate::str::new_str("x");
            nx_cell_get(c, name);
            let (kind, msg) = take().expect("NameError");
            assert_eq!(kind, "NameError");
            assert!(msg.contains("'x'"));
            crate::tuple::nx_tuple_init(c, 0, ElemKind::Int as i64, 84);
            assert_eq!(nx_cell_get(c, name), 84);
            crate::list::decref(c);
            crate::list::decref(name);
        }
    }
}
