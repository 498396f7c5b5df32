//! Lookups by a key that is a tuple of two ints, given as its items: `grid[(x, y)]`,
//! `(x, y) in seen`, `counts[(x, y)] += 1`, when the compiler sees that the tuple is needed
//! only as the key (`mir/passes/pair_keys.rs`). The hash and `==` are the tuple's own
//! (`tuple::pair_hash`, `tuple::pair_eq`), so the table finds the same entries; the tuple is
//! made only when the key has to be stored (a new entry, a KeyError's message).

use crate::dict::{add_int_at, get_at, lookup_by, store_at, value_or, DictObj};
use crate::list::decref;
use crate::object::Obj;
use crate::set::{add_entry, frozen, lookkey_by, SetObj};
use crate::tuple::{new_pair, pair_eq, pair_hash};

/// Looks `(a, b)` up in `d`: its hash and where it is.
unsafe fn find(d: *mut DictObj, a: i64, b: i64) -> Result<(i64, Option<(usize, usize)>), ()> {
    let hash = pair_hash(a, b);
    let kk = (*d).key_kind;
    let found = lookup_by(d, hash, |stored| pair_eq(kk, stored, a, b))?;
    Ok((hash, found))
}

/// The tuple `(a, b)` as element bits, a new reference (`None` after MemoryError).
unsafe fn made(a: i64, b: i64) -> Option<i64> {
    let t = new_pair(a, b);
    (!t.is_null()).then_some(t as i64)
}

/// `d[(a, b)] = v`, as `nx_dict_set`.
///
/// # Safety
/// As for [`nx_dict_get_pair`]; `v` a valid element of the value kind.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_set_pair(d: *mut Obj, a: i64, b: i64, v: i64) {
    let d = d as *mut DictObj;
    if let Ok((hash, found)) = find(d, a, b) {
        store_at(d, hash, found, || made(a, b), v);
    }
}

/// `d[(a, b)]` as a new reference, as `nx_dict_get`.
///
/// # Safety
/// `d` must be a live dict with tuple keys, `a` and `b` valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_get_pair(d: *mut Obj, a: i64, b: i64) -> i64 {
    let d = d as *mut DictObj;
    match find(d, a, b) {
        Ok((_, found)) => get_at(d, found, || made(a, b)),
        Err(()) => 0,
    }
}

/// `d.get((a, b), default)` as a new reference, as `nx_dict_get_default`.
///
/// # Safety
/// As for [`nx_dict_get_pair`]; `default` a valid element of the value kind.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_get_default_pair(
    d: *mut Obj,
    a: i64,
    b: i64,
    default: i64,
) -> i64 {
    let d = d as *mut DictObj;
    match find(d, a, b) {
        Ok((_, found)) => value_or(d, found, default),
        Err(()) => 0,
    }
}

/// `(a, b) in d`.
///
/// # Safety
/// As for [`nx_dict_get_pair`].
#[no_mangle]
pub unsafe extern "C" fn nx_dict_contains_pair(d: *mut Obj, a: i64, b: i64) -> u8 {
    matches!(find(d as *mut DictObj, a, b), Ok((_, Some(_)))) as u8
}

/// `d[(a, b)] = d.get((a, b), default) + delta`, as `nx_dict_add_int_get`.
///
/// # Safety
/// `d` must be a live dict with tuple keys and int values, the others valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_add_int_get_pair(
    d: *mut Obj,
    a: i64,
    b: i64,
    default: i64,
    delta: i64,
) {
    let d = d as *mut DictObj;
    if let Ok((hash, found)) = find(d, a, b) {
        add_int_at(d, hash, found, || made(a, b), Some(default), delta);
    }
}

/// `d[(a, b)] += delta`, as `nx_dict_add_int`.
///
/// # Safety
/// As for [`nx_dict_add_int_get_pair`].
#[no_mangle]
pub unsafe extern "C" fn nx_dict_add_int_pair(d: *mut Obj, a: i64, b: i64, delta: i64) {
    let d = d as *mut DictObj;
    if let Ok((hash, found)) = find(d, a, b) {
        add_int_at(d, hash, found, || made(a, b), None, delta);
    }
}

/// `(a, b) in s`.
///
/// # Safety
/// `s` must be a live set of tuples, `a` and `b` valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_set_contains_pair(s: *mut Obj, a: i64, b: i64) -> u8 {
    let s = s as *mut SetObj;
    let hash = pair_hash(a, b);
    let kind = (*s).kind;
    matches!(
        lookkey_by(s, hash, |stored| pair_eq(kind, stored, a, b)),
        Ok(Some(_))
    ) as u8
}

/// `s.add((a, b))`: the tuple is made only when it is not there yet.
///
/// # Safety
/// As for [`nx_set_contains_pair`].
#[no_mangle]
pub unsafe extern "C" fn nx_set_add_pair(s: *mut Obj, a: i64, b: i64) {
    if frozen::refuse_frozen(s, "add") {
        return;
    }
    let s = s as *mut SetObj;
    let hash = pair_hash(a, b);
    let kind = (*s).kind;
    if let Ok(None) = lookkey_by(s, hash, |stored| pair_eq(kind, stored, a, b)) {
        if let Some(t) = made(a, b) {
            let _ = add_entry(s, kind, t, hash);
            decref(t as *mut Obj);
        }
    }
}
