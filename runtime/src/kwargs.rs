//! `f(*args, **kwargs)` of a function value with a dict that holds entries (how a decorator's
//! wrapper forwards the keywords it was given): the checks CPython makes when it binds them,
//! and the dict the callee's own `**kwargs` gets.

use crate::exc::raise;
use crate::object::Obj;
use crate::str::{as_str, new_str};
use natrix_abi::ExcKind;

/// The keys of a dict of str keys.
unsafe fn keys(d: *mut Obj) -> Vec<String> {
    let l = crate::dict::nx_dict_keys(d);
    if l.is_null() {
        return vec![];
    }
    let out = crate::list::items(l as *const crate::list::ListObj)
        .iter()
        .map(|&k| as_str(k as *mut Obj).to_string())
        .collect();
    crate::list::decref(l);
    out
}

/// Checks the keys of `d` against a call of `func`: a key naming a parameter already given
/// (`taken`, space-separated) is CPython's "got multiple values"; with `open` 0 (no
/// `**kwargs` parameter) a key naming none of `allowed` is "got an unexpected keyword
/// argument".
///
/// # Safety
/// `d` must be a live dict of str keys; the others live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_kwargs_check(
    d: *mut Obj,
    allowed: *mut Obj,
    taken: *mut Obj,
    func: *mut Obj,
    open: u8,
) {
    let allowed: Vec<&str> = as_str(allowed).split_whitespace().collect();
    let taken: Vec<&str> = as_str(taken).split_whitespace().collect();
    let func = as_str(func);
    for k in keys(d) {
        if taken.contains(&k.as_str()) {
            raise(
                ExcKind::TypeError,
                format!("{func}() got multiple values for argument '{k}'"),
            );
            return;
        }
        if open == 0 && !allowed.contains(&k.as_str()) {
            raise(
                ExcKind::TypeError,
                format!("{func}() got an unexpected keyword argument '{k}'"),
            );
            return;
        }
    }
}

/// A new dict of the entries of `d` whose keys are not among `named` (space-separated): what
/// the callee's `**kwargs` receives.
///
/// # Safety
/// `d` must be a live dict of str keys, `named` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_kwargs_rest(d: *mut Obj, named: *mut Obj) -> *mut Obj {
    let r = crate::dict::nx_dict_copy(d);
    if r.is_null() {
        return r;
    }
    for n in as_str(named).split_whitespace() {
        let k = new_str(n);
        if crate::dict::nx_dict_contains(r, k as i64) == 1 {
            crate::dict::nx_dict_del(r, k as i64);
        }
        crate::list::decref(k);
    }
    r
}

/// The "missing argument" TypeError of a call of `func` whose dict did not hold `name`.
///
/// # Safety
/// Both must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_kwargs_missing(func: *mut Obj, name: *mut Obj) {
    raise(
        ExcKind::TypeError,
        format!(
            "{}() missing 1 required positional argument: '{}'",
            as_str(func),
            as_str(name)
        ),
    );
}
