//! Reading containers held in dynamic values: `len(x)`, `x[k]`, `v in x` and iteration, with
//! the element boxed into a dynamic value (`dynamic.rs`). Writing through a dynamic value is
//! not offered: the container's element kind is fixed by its static type, which a value of
//! another type would break.

use crate::dict::is_dict;
use crate::dynamic::{boxed, unbox};
use crate::exc::raise;
use crate::list::{
    decref, decref_elem, is_list, items, new_list, push_owned, type_name, val, ListObj, Val,
};
use crate::object::Obj;
use crate::set::is_set;
use crate::str::STR_TYPE;
use natrix_abi::{ElemKind, ExcKind, INT_ERROR};

/// A list, or a dict view or a range (a list underneath), for reading.
unsafe fn is_list_like(o: *mut Obj) -> bool {
    is_list(o) || crate::dict_views::is_view(o) || std::ptr::eq((*o).ty, &crate::range::RANGE_TYPE)
}

/// The bits a key `a` (a dynamic value) has in slots of `kind`, or `None` when no key of that
/// kind can equal it (then it is not in the dict or set).
unsafe fn slot_for(kind: ElemKind, a: *mut Obj) -> Option<i64> {
    let v = unbox(a);
    match (kind, v) {
        (ElemKind::Obj, _) => Some(a as i64),
        (ElemKind::Int, Val::Int(i)) => Some(i),
        (ElemKind::Int, Val::Bool(b)) => Some((b as i64) << 1),
        (ElemKind::Int, Val::Float(f)) if f.fract() == 0.0 && f.abs() < (1u64 << 53) as f64 => {
            Some((f as i64) << 1)
        }
        (ElemKind::Float, Val::Float(f)) => Some(f.to_bits() as i64),
        (ElemKind::Float, Val::Int(i)) if crate::int::is_small(i) => {
            Some(((i >> 1) as f64).to_bits() as i64)
        }
        (ElemKind::Bool, Val::Bool(b)) => Some(b as i64),
        (ElemKind::Bool, Val::Int(i)) if i == 0 || i == 2 => Some(i >> 1),
        (ElemKind::None, Val::None) => Some(0),
        _ => None,
    }
}

/// An element (borrowed bits of `kind`) as a new dynamic reference.
unsafe fn boxed_elem(kind: ElemKind, bits: i64) -> *mut Obj {
    boxed(val(kind, bits))
}

/// An int index (a tagged int) from a dynamic key, or `TypeError` naming the container.
pub(crate) unsafe fn index(what: &str, k: *mut Obj) -> Option<i64> {
    match unbox(k) {
        Val::Int(i) => Some(i),
        Val::Bool(b) => Some((b as i64) << 1),
        // (CPython's str words it its own way.)
        v if what == "string" => {
            raise(
                ExcKind::TypeError,
                format!("string indices must be integers, not '{}'", type_name(v)),
            );
            None
        }
        v => {
            raise(
                ExcKind::TypeError,
                format!(
                    "{what} indices must be integers or slices, not {}",
                    type_name(v)
                ),
            );
            None
        }
    }
}

fn not_a(what: &str, v: Val) -> String {
    // SAFETY: the value is live.
    format!("'{}' object {what}", unsafe { type_name(v) })
}

/// `len(o)` of a str, list-like, tuple, dict or set object (as a plain count); `None` for
/// other objects.
///
/// # Safety
/// `o` must point to a live object.
pub(crate) unsafe fn container_len(o: *mut Obj) -> Option<i64> {
    Some(if std::ptr::eq((*o).ty, &STR_TYPE) {
        crate::str::nx_str_len(o) >> 1
    } else if is_list_like(o) {
        crate::list::nx_list_len(o) >> 1
    } else if crate::tuple::is_tuple(o) {
        crate::tuple::len(o) as i64
    } else if is_dict(o) {
        crate::dict::nx_dict_len(o) >> 1
    } else if is_set(o) {
        crate::set::nx_set_len(o) >> 1
    } else {
        return None;
    })
}

/// `len(a)`.
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_len(a: *mut Obj) -> i64 {
    let v = unbox(a);
    match v {
        Val::Obj(o) if std::ptr::eq((*o).ty, &STR_TYPE) => crate::str::nx_str_len(o),
        Val::Obj(o) if crate::bytes::is_bytes(o) => crate::bytes::nx_bytes_len(o),
        Val::Obj(o) if is_list_like(o) => crate::list::nx_list_len(o),
        Val::Obj(o) if crate::tuple::is_tuple(o) => (crate::tuple::len(o) as i64) << 1,
        Val::Obj(o) if is_dict(o) => crate::dict::nx_dict_len(o),
        Val::Obj(o) if is_set(o) => crate::set::nx_set_len(o),
        _ => {
            raise(
                ExcKind::TypeError,
                format!("object of type '{}' has no len()", type_name(v)),
            );
            INT_ERROR
        }
    }
}

/// `a[k]` as a new dynamic reference (null is `None`; errors set the pending flag).
///
/// # Safety
/// `a` and `k` must be null or point to live objects.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_getitem(a: *mut Obj, k: *mut Obj) -> *mut Obj {
    let v = unbox(a);
    let Val::Obj(o) = v else {
        raise(ExcKind::TypeError, not_a("is not subscriptable", v));
        return std::ptr::null_mut();
    };
    if std::ptr::eq((*o).ty, &STR_TYPE) {
        return match index("string", k) {
            Some(i) => crate::str_methods::nx_str_getitem(o, i),
            None => std::ptr::null_mut(),
        };
    }
    if crate::bytes::is_bytes(o) {
        let Some(i) = index("byte", k) else {
            return std::ptr::null_mut();
        };
        let b = crate::bytes::nx_bytes_getitem(o, i);
        if crate::exc::nx_err_pending != 0 {
            return std::ptr::null_mut();
        }
        return crate::dynamic::nx_dyn_from_int(b);
    }
    let range = crate::range::is_range(o);
    if is_list(o) || range {
        let Some(i) = index(if range { "range" } else { "list" }, k) else {
            return std::ptr::null_mut();
        };
        let n = (*(o as *mut ListObj)).len as i64;
        if range && !crate::int::small(i).is_some_and(|j| j >= -n && j < n) {
            raise(ExcKind::IndexError, "range object index out of range");
            return std::ptr::null_mut();
        }
        let kind = (*(o as *mut ListObj)).kind;
        let bits = crate::list::nx_list_get(o, i);
        if crate::exc::nx_err_pending != 0 {
            return std::ptr::null_mut();
        }
        let r = boxed_elem(kind, bits);
        decref_elem(kind, bits);
        return r;
    }
    if crate::tuple::is_tuple(o) {
        let Some(i) = index("tuple", k) else {
            return std::ptr::null_mut();
        };
        let n = crate::tuple::len(o) as i64;
        let j = match crate::int::small(i) {
            Some(j) if j < 0 && j >= -n => j + n,
            Some(j) if j >= 0 && j < n => j,
            _ => {
                raise(ExcKind::IndexError, "tuple index out of range");
                return std::ptr::null_mut();
            }
        };
        let (kind, bits) = crate::tuple::item(o, j as usize);
        return boxed_elem(kind, bits);
    }
    if is_dict(o) {
        let (kk, vk) = crate::dict::kinds(o);
        let Some(key) = slot_for(kk, k) else {
            let mut r = String::new();
            crate::list::val_repr(unbox(k), &mut r);
            raise(ExcKind::KeyError, r);
            return std::ptr::null_mut();
        };
        let bits = crate::dict::nx_dict_get(o, key);
        if crate::exc::nx_err_pending != 0 {
            return std::ptr::null_mut();
        }
        let r = boxed_elem(vk, bits);
        decref_elem(vk, bits);
        return r;
    }
    raise(ExcKind::TypeError, not_a("is not subscriptable", v));
    std::ptr::null_mut()
}

/// `item in a`: 0 or 1 (0 with the pending flag set after raising).
///
/// # Safety
/// `a` and `item` must be null or point to live objects.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_contains(a: *mut Obj, item: *mut Obj) -> u8 {
    let v = unbox(a);
    let Val::Obj(o) = v else {
        raise(
            ExcKind::TypeError,
            format!("argument of type '{}' is not iterable", type_name(v)),
        );
        return 0;
    };
    if std::ptr::eq((*o).ty, &STR_TYPE) {
        return match unbox(item) {
            Val::Obj(s) if std::ptr::eq((*s).ty, &STR_TYPE) => {
                crate::str_methods::nx_str_contains(o, s)
            }
            w => {
                raise(
                    ExcKind::TypeError,
                    format!(
                        "'in <string>' requires string as left operand, not {}",
                        type_name(w)
                    ),
                );
                0
            }
        };
    }
    if is_dict(o) {
        let (kk, _) = crate::dict::kinds(o);
        return slot_for(kk, item).map_or(0, |key| crate::dict::nx_dict_contains(o, key));
    }
    if crate::bytes::is_bytes(o) {
        return match unbox(item) {
            Val::Int(i) => crate::bytes::nx_bytes_contains(o, i),
            Val::Bool(b) => crate::bytes::nx_bytes_contains(o, (b as i64) << 1),
            Val::Obj(s) if crate::bytes::is_bytes(s) => crate::bytes::nx_bytes_contains_bytes(o, s),
            w => {
                raise(
                    ExcKind::TypeError,
                    format!("a bytes-like object is required, not '{}'", type_name(w)),
                );
                0
            }
        };
    }
    if is_set(o) {
        let kind = crate::set::kind(o);
        return slot_for(kind, item).map_or(0, |key| crate::set::nx_set_contains(o, key));
    }
    let l = nx_dyn_iter_list(a);
    if l.is_null() {
        // CPython's message for `in` on what cannot be iterated names the argument.
        if crate::exc::pending_kind() == Some(ExcKind::TypeError) {
            raise(
                ExcKind::TypeError,
                format!("argument of type '{}' is not iterable", type_name(v)),
            );
        }
        return 0;
    }
    let x = unbox(item);
    let mut found = 0;
    for &bits in items(l as *mut ListObj) {
        match crate::list::val_eq(x, val(ElemKind::Obj, bits)) {
            Ok(true) => {
                found = 1;
                break;
            }
            Ok(false) => {}
            Err(()) => break,
        }
    }
    decref(l);
    found
}

/// The items of `sep.join(a)` for a dynamic `a`: [`nx_dyn_iter_list`], with CPython's
/// TypeError "can only join an iterable" for a value that is not.
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_join_items(a: *mut Obj) -> *mut Obj {
    let l = nx_dyn_iter_list(a);
    if l.is_null() && crate::exc::pending_kind() == Some(ExcKind::TypeError) {
        raise(ExcKind::TypeError, "can only join an iterable");
    }
    l
}

/// The items `for x in a` visits, as a new list of dynamic values: a str's characters, a
/// list's or tuple's items, a dict's keys, a set's elements.
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_iter_list(a: *mut Obj) -> *mut Obj {
    dyn_items(a)
}

/// `dict(a)` of a dynamic value: a new dict of dynamic keys and values, with the items of a
/// dict, or of an iterable of pairs (CPython's errors for an item that is not one).
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_dict(a: *mut Obj) -> *mut Obj {
    if let Val::Obj(o) = unbox(a) {
        if is_dict(o) {
            return crate::dict::copy_as(o, ElemKind::Obj, ElemKind::Obj, &|_| false);
        }
    }
    let pairs = dyn_items(a);
    if pairs.is_null() {
        return pairs;
    }
    let d = crate::dict::nx_dict_new(ElemKind::Obj as i64, ElemKind::Obj as i64);
    let ok = !d.is_null() && add_pairs(d, pairs as *mut ListObj);
    decref(pairs);
    if !ok && !d.is_null() {
        decref(d);
        return std::ptr::null_mut();
    }
    d
}

/// `bytes(a)` of a dynamic value: bytes themselves, `n` zero bytes of an int, or the bytes
/// of an iterable of ints, with CPython's errors (a str needs an encoding).
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_bytes(a: *mut Obj) -> *mut Obj {
    match unbox(a) {
        Val::Obj(o) if crate::bytes::is_bytes(o) => {
            crate::list::incref(o);
            o
        }
        Val::Obj(o) if std::ptr::eq((*o).ty, &STR_TYPE) => {
            raise(ExcKind::TypeError, "string argument without an encoding");
            std::ptr::null_mut()
        }
        Val::Int(n) => crate::bytes::nx_bytes_zeros(n),
        Val::Bool(b) => crate::bytes::nx_bytes_zeros((b as i64) << 1),
        v @ (Val::Float(_) | Val::None) => {
            raise(
                ExcKind::TypeError,
                format!("cannot convert '{}' object to bytes", type_name(v)),
            );
            std::ptr::null_mut()
        }
        _ => {
            let items = dyn_items(a);
            if items.is_null() {
                return items;
            }
            let mut out = Vec::new();
            for &bits in crate::list::items(items as *mut ListObj) {
                let byte = match unbox(bits as *mut Obj) {
                    Val::Int(i) => crate::int::small(i).filter(|x| (0..256).contains(x)),
                    Val::Bool(b) => Some(b as i64),
                    v => {
                        decref(items);
                        let what = "object cannot be interpreted as an integer";
                        raise(ExcKind::TypeError, format!("'{}' {what}", type_name(v)));
                        return std::ptr::null_mut();
                    }
                };
                let Some(byte) = byte else {
                    decref(items);
                    raise(ExcKind::ValueError, "bytes must be in range(0, 256)");
                    return std::ptr::null_mut();
                };
                out.push(byte as u8);
            }
            decref(items);
            crate::bytes::new_bytes(out)
        }
    }
}

/// Stores each item of `pairs` (a list of dynamic values), a key and its value, in `d`;
/// `false` after raising.
unsafe fn add_pairs(d: *mut Obj, pairs: *mut ListObj) -> bool {
    for (i, &item) in items(pairs).iter().enumerate() {
        if matches!(unbox(item as *mut Obj), Val::Obj(o) if std::ptr::eq((*o).ty, &STR_TYPE)) {
            // (A str is a sequence, of one-character strs: only one of two characters fits.)
        } else if !is_sequence(item as *mut Obj) {
            let what = "cannot convert dictionary update sequence element";
            raise(ExcKind::TypeError, format!("{what} #{i} to a sequence"));
            return false;
        }
        let kv = dyn_items(item as *mut Obj);
        if kv.is_null() {
            return false;
        }
        let kv_items = items(kv as *mut ListObj);
        if kv_items.len() != 2 {
            let n = kv_items.len();
            decref(kv);
            raise(
                ExcKind::ValueError,
                format!("dictionary update sequence element #{i} has length {n}; 2 is required"),
            );
            return false;
        }
        crate::dict::nx_dict_set(d, kv_items[0], kv_items[1]);
        decref(kv);
        if crate::exc::pending_kind().is_some() {
            return false;
        }
    }
    true
}

/// Whether a dynamic value is one that `dict()` takes as a key-value pair: a sequence or
/// other iterable CPython converts with `PySequence_Fast`.
unsafe fn is_sequence(a: *mut Obj) -> bool {
    match unbox(a) {
        Val::Obj(o) => {
            is_list_like(o)
                || crate::tuple::is_tuple(o)
                || crate::bytes::is_bytes(o)
                || is_dict(o)
                || is_set(o)
                || std::ptr::eq((*o).ty, &crate::closure::GEN_TYPE)
        }
        _ => false,
    }
}

/// What `for x in a` walks for a dynamic value `a` (a new reference): a generator itself,
/// resumed one step at a time ([`nx_dyn_iter_step`]), so the loop takes its values as they
/// come (an endless one too); else the list of its items, as [`nx_dyn_iter_list`].
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_iter(a: *mut Obj) -> *mut Obj {
    if is_generator(a) {
        crate::list::incref(a);
        return a;
    }
    dyn_items(a)
}

unsafe fn is_generator(a: *mut Obj) -> bool {
    !a.is_null() && std::ptr::eq((*a).ty, &crate::closure::GEN_TYPE)
}

/// Step `i` (a tagged int, counting from 0) of a loop over `it` (made by [`nx_dyn_iter`]):
/// the list's item `i`, or the generator's next value, as a new dynamic reference; null
/// (None) when there is none ([`nx_dyn_iter_done`]), or after the generator raised.
///
/// # Safety
/// `it` must be a live list of dynamic values or a live generator.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_iter_step(it: *mut Obj, i: i64) -> *mut Obj {
    if is_generator(it) {
        return match crate::closure::step(it) {
            Ok(Some(v)) => v,
            Ok(None) | Err(()) => std::ptr::null_mut(),
        };
    }
    let l = it as *mut ListObj;
    let k = (i >> 1) as usize;
    if k >= (*l).len {
        return std::ptr::null_mut();
    }
    let x = items(l)[k] as *mut Obj;
    if !x.is_null() {
        crate::list::incref(x);
    }
    x
}

/// Whether step `i` of a loop over `it` found no item: past a list's end (its length read
/// now, as CPython's list iterator does), or the generator finished.
///
/// # Safety
/// As [`nx_dyn_iter_step`].
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_iter_done(it: *mut Obj, i: i64) -> u8 {
    if is_generator(it) {
        return crate::closure::finished(it) as u8;
    }
    ((i >> 1) as usize >= (*(it as *mut ListObj)).len) as u8
}

/// The items of dynamic value `a` as a new list of dynamic values (a generator drained).
unsafe fn dyn_items(a: *mut Obj) -> *mut Obj {
    let v = unbox(a);
    let source: *mut Obj = match v {
        Val::Obj(o) if std::ptr::eq((*o).ty, &STR_TYPE) => crate::str_methods::nx_str_chars(o),
        Val::Obj(o) if crate::bytes::is_bytes(o) => crate::bytes::nx_bytes_to_list(o),
        Val::Obj(o) if is_list_like(o) => {
            crate::list::incref(o);
            o
        }
        // A generator: the values it still yields (it is finished afterwards).
        Val::Obj(o) if std::ptr::eq((*o).ty, &crate::closure::GEN_TYPE) => {
            return crate::closure::drain(o);
        }
        Val::Obj(o) if crate::tuple::is_tuple(o) => {
            let n = crate::tuple::len(o);
            let l = new_list(ElemKind::Obj, n);
            if l.is_null() {
                return std::ptr::null_mut();
            }
            for i in 0..n {
                let (kind, bits) = crate::tuple::item(o, i);
                push_owned(l, boxed_elem(kind, bits) as i64);
            }
            return l as *mut Obj;
        }
        Val::Obj(o) if is_dict(o) => crate::dict_views::nx_dict_keys(o),
        Val::Obj(o) if is_set(o) => crate::set::nx_set_to_list(o),
        _ => {
            raise(ExcKind::TypeError, not_a("is not iterable", v));
            return std::ptr::null_mut();
        }
    };
    if source.is_null() {
        return source;
    }
    let src = source as *mut ListObj;
    if (*src).kind == ElemKind::Obj {
        return source;
    }
    let l = new_list(ElemKind::Obj, (*src).len);
    if l.is_null() {
        decref(source);
        return std::ptr::null_mut();
    }
    for &bits in items(src) {
        push_owned(l, boxed_elem((*src).kind, bits) as i64);
    }
    decref(source);
    l as *mut Obj
}

/// `a[start:stop:step]` of a str, list or tuple (`has`: which of the three were given).
///
/// # Safety
/// `a` must be null or point to a live object; the bounds are tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_slice(
    a: *mut Obj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) -> *mut Obj {
    let v = unbox(a);
    match v {
        Val::Obj(o) if std::ptr::eq((*o).ty, &STR_TYPE) => {
            crate::str_methods::nx_str_slice(o, start, stop, step, has)
        }
        Val::Obj(o) if crate::bytes::is_bytes(o) => {
            crate::bytes::nx_bytes_slice(o, start, stop, step, has)
        }
        // (A range's slice is a range.)
        Val::Obj(o) if is_list(o) || crate::range::is_range(o) => {
            crate::list::nx_list_slice(o, start, stop, step, has)
        }
        Val::Obj(o) if crate::tuple::is_tuple(o) => {
            let items = nx_dyn_iter_list(a);
            if items.is_null() {
                return items;
            }
            let part = crate::list::nx_list_slice(items, start, stop, step, has);
            decref(items);
            if part.is_null() {
                return part;
            }
            let t = crate::tuple::nx_tuple_from_list(part);
            decref(part);
            t
        }
        _ => {
            raise(ExcKind::TypeError, not_a("is not subscriptable", v));
            std::ptr::null_mut()
        }
    }
}

/// Item `index` of unpacking `a` into `count` targets, as a new dynamic reference; the length
/// is checked with CPython's ValueErrors.
///
/// # Safety
/// `a` must be null or point to a live object; `count` and `index` are tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_unpack_item(a: *mut Obj, count: i64, index: i64) -> *mut Obj {
    let v = unbox(a);
    let iterable = matches!(v, Val::Obj(o) if std::ptr::eq((*o).ty, &STR_TYPE)
        || is_list_like(o) || crate::tuple::is_tuple(o) || is_dict(o) || is_set(o));
    if !iterable {
        raise(
            ExcKind::TypeError,
            format!("cannot unpack non-iterable {} object", type_name(v)),
        );
        return std::ptr::null_mut();
    }
    let l = nx_dyn_iter_list(a);
    if l.is_null() {
        return l;
    }
    let (count, index) = (count >> 1, index >> 1);
    let xs = items(l as *mut ListObj);
    let n = xs.len() as i64;
    let r = if n > count {
        raise(
            ExcKind::ValueError,
            format!("too many values to unpack (expected {count})"),
        );
        std::ptr::null_mut()
    } else if n < count {
        raise(
            ExcKind::ValueError,
            format!("not enough values to unpack (expected {count}, got {n})"),
        );
        std::ptr::null_mut()
    } else {
        boxed_elem(ElemKind::Obj, xs[index as usize])
    };
    decref(l);
    r
}

/// `zip(*rows)` of a list of values of run-time type (`zip(headers, *rows)` of a header list
/// and rows of tuples): each must be a list, a tuple or a str (TypeError for a value that is
/// not iterable; a dict or set row is not supported yet), then as [`crate::tuple::nx_zip_star`].
///
/// # Safety
/// `rows` must be a live list of dynamic values.
#[no_mangle]
pub unsafe extern "C" fn nx_zip_star_dyn(rows: *mut Obj) -> *mut Obj {
    for &row in items(rows as *const ListObj) {
        let v = unbox(row as *mut Obj);
        let ok = match v {
            Val::Obj(o) => {
                is_list(o) || crate::tuple::is_tuple(o) || std::ptr::eq((*o).ty, &STR_TYPE)
            }
            _ => false,
        };
        if ok {
            continue;
        }
        if matches!(v, Val::Obj(o) if is_dict(o) || is_set(o)) {
            let msg = format!(
                "zip(*rows) of a row of type '{}' is not supported by natrix",
                type_name(v)
            );
            raise(ExcKind::NotImplementedError, msg);
        } else {
            raise(
                ExcKind::TypeError,
                format!("'{}' object is not iterable", type_name(v)),
            );
        }
        return std::ptr::null_mut();
    }
    crate::tuple::nx_zip_star(rows)
}
