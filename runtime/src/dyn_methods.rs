//! Writing into containers held in dynamic values, and their methods: `x[k] = v`,
//! `x.append(v)`, `x.get(k, d)`, … The compiler makes every container that can be reached
//! through a dynamic value hold dynamic values itself (`TypeTable::join` poisons it), so such
//! a container's slots are of kind `Obj` and any boxed value may be stored; a container of
//! another kind here is a compiler bug, reported as a `RuntimeError` rather than stored into.

use crate::dict::is_dict;
use crate::dyn_containers::index;
use crate::dynamic::{nx_dyn_from_int, unbox};
use crate::exc::raise;
use crate::list::{decref, is_list, items, type_name, ListObj, Val};
use crate::object::Obj;
use crate::set::is_set;
use natrix_abi::{ElemKind, ExcKind, INT_ERROR};

fn not_dynamic() {
    raise(
        ExcKind::RuntimeError,
        "natrix: a container of static type was changed through a dynamic value",
    );
}

/// The container `o` if its slots (keys and values) hold objects.
unsafe fn obj_slots(o: *mut Obj) -> bool {
    let ok = if is_list(o) {
        (*(o as *mut ListObj)).kind == ElemKind::Obj
    } else if is_dict(o) {
        crate::dict::kinds(o) == (ElemKind::Obj, ElemKind::Obj)
    } else if is_set(o) {
        crate::set::kind(o) == ElemKind::Obj
    } else {
        true
    };
    if !ok {
        not_dynamic();
    }
    ok
}

/// `a[k] = v`.
///
/// # Safety
/// `a`, `k` and `v` must be null or point to live objects.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_setitem(a: *mut Obj, k: *mut Obj, v: *mut Obj) {
    let av = unbox(a);
    match av {
        Val::Obj(o) if is_list(o) => {
            if let Some(i) = index("list", k) {
                if obj_slots(o) {
                    crate::list::nx_list_set(o, i, v as i64);
                }
            }
        }
        Val::Obj(o) if is_dict(o) => {
            if obj_slots(o) {
                crate::dict::nx_dict_set(o, k as i64, v as i64);
            }
        }
        _ => raise(
            ExcKind::TypeError,
            format!(
                "'{}' object does not support item assignment",
                type_name(av)
            ),
        ),
    }
}

/// `del a[k]`.
///
/// # Safety
/// `a` and `k` must be null or point to live objects.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_delitem(a: *mut Obj, k: *mut Obj) {
    let av = unbox(a);
    match av {
        Val::Obj(o) if is_list(o) => {
            if let Some(i) = index("list", k) {
                crate::list::nx_list_del_item(o, i);
            }
        }
        Val::Obj(o) if is_dict(o) => {
            if obj_slots(o) {
                crate::dict::nx_dict_del(o, k as i64);
            }
        }
        _ => raise(
            ExcKind::TypeError,
            format!("'{}' object doesn't support item deletion", type_name(av)),
        ),
    }
}

/// The list `a` holds, for assigning (`assign`: its slots must hold objects) or deleting a
/// slice of it (a new reference); null after CPython's TypeError for any other value.
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_slice_target(a: *mut Obj, assign: u8) -> *mut Obj {
    let av = unbox(a);
    match av {
        Val::Obj(o) if is_list(o) && (assign == 0 || obj_slots(o)) => {
            crate::list::incref(o);
            o
        }
        Val::Obj(o) if is_list(o) => {
            not_dynamic();
            std::ptr::null_mut()
        }
        _ => {
            let what = if assign != 0 {
                "assignment"
            } else {
                "deletion"
            };
            let msg = format!("'{}' object does not support item {what}", type_name(av));
            raise(ExcKind::TypeError, msg);
            std::ptr::null_mut()
        }
    }
}

/// An int result as a new dynamic value (or the error).
unsafe fn int_value(i: i64) -> *mut Obj {
    if i == INT_ERROR {
        return std::ptr::null_mut();
    }
    let o = nx_dyn_from_int(i);
    if !crate::int::is_small(i) {
        decref((i - 1) as *mut Obj);
    }
    o
}

/// `recv.name(*args)` for a list, dict or set held in a dynamic value: the result as a new
/// dynamic value (null is `None`; errors set the pending flag). `args` is a list of dynamic
/// values.
///
/// # Safety
/// `recv` must be null or point to a live object; `name` to a live str; `args` to a live list
/// of kind `Obj`.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_call_method(
    recv: *mut Obj,
    name: *mut Obj,
    args: *mut Obj,
) -> *mut Obj {
    let name = crate::str::as_str(name);
    let argv: Vec<*mut Obj> = items(args as *mut ListObj)
        .iter()
        .map(|&b| b as *mut Obj)
        .collect();
    let rv = unbox(recv);
    let none = std::ptr::null_mut();
    // The number methods (`(2 ** k).bit_length()`, where `k` may be negative).
    match (rv, name, argv.len()) {
        (Val::Int(i), "bit_length", 0) => return int_value(crate::int_extra::nx_int_bit_length(i)),
        (Val::Float(x), "is_integer", 0) => {
            return crate::dynamic::bool_obj(crate::float_methods::nx_float_is_integer(x) != 0)
        }
        (Val::Float(x), "hex", 0) => return crate::float_methods::nx_float_hex(x),
        (Val::Float(x), "as_integer_ratio", 0) => {
            return crate::float_methods::nx_float_as_integer_ratio(x)
        }
        _ => {}
    }
    let Val::Obj(o) = rv else {
        return no_method(rv, name);
    };
    // Searches read the items of any kind (a range's too: its values are its items).
    let seq = is_list(o) || crate::range::is_range(o);
    if let (true, "index" | "count", [x]) = (seq, name, argv.as_slice()) {
        let op = if name == "index" { 0 } else { 1 << 1 };
        let r = crate::list_search::nx_list_search_dyn(o, *x, op);
        if crate::exc::nx_err_pending != 0 {
            return none;
        }
        return int_value(r);
    }
    if (is_list(o) || is_dict(o) || is_set(o)) && !obj_slots(o) {
        return none;
    }
    // The two names a str shares with lists.
    if std::ptr::eq((*o).ty, &crate::str::STR_TYPE) {
        let sub = match argv.as_slice() {
            [x, ..] if argv.len() <= 3 => match unbox(*x) {
                Val::Obj(s) if std::ptr::eq((*s).ty, &crate::str::STR_TYPE) => Some(s),
                v => {
                    raise(
                        ExcKind::TypeError,
                        format!("must be str, not {}", type_name(v)),
                    );
                    return none;
                }
            },
            _ => None,
        };
        // (`s.count(sub, start[, end])`: the window's bounds, None for either end.)
        let mut bounds = [0, (i64::MAX >> 2) << 1];
        for (slot, &b) in bounds.iter_mut().zip(argv.iter().skip(1)) {
            match unbox(b) {
                Val::Int(i) => *slot = i,
                Val::Bool(b) => *slot = i64::from(b) << 1,
                Val::None => {}
                _ => {
                    raise(
                        ExcKind::TypeError,
                        "slice indices must be integers or None or have an __index__ method",
                    );
                    return none;
                }
            }
        }
        let [start, end] = bounds;
        return match (name, sub) {
            ("count", Some(s)) if argv.len() == 1 => {
                int_value(crate::str_methods::nx_str_count(o, s))
            }
            ("index", Some(s)) if argv.len() == 1 => {
                int_value(crate::str_methods::nx_str_index(o, s))
            }
            ("count", Some(s)) => int_value(crate::str_search::nx_str_count_in(o, s, start, end)),
            ("index", Some(s)) => int_value(crate::str_search::nx_str_index_in(o, s, start, end)),
            _ => no_method(rv, name),
        };
    }
    if std::ptr::eq((*o).ty, &crate::closure::GEN_TYPE) {
        match (name, argv.as_slice()) {
            ("close", []) => {
                crate::closure::nx_gen_close(o);
                return none;
            }
            ("throw", [exc]) => {
                let exception = !exc.is_null()
                    && (std::ptr::eq((**exc).ty, &crate::exc_obj::EXC_TYPE)
                        || (crate::instance::is_instance(*exc)
                            && crate::instance::exc_kind(*exc).is_some()));
                if !exception {
                    let t = type_name(unbox(*exc));
                    let msg = format!(
                        "exceptions must be classes or instances deriving from BaseException, not {t}"
                    );
                    raise(ExcKind::TypeError, msg);
                    return none;
                }
                crate::closure::nx_gen_throw(o, *exc);
                if crate::exc::nx_err_pending != 0 {
                    return none;
                }
                return crate::closure::nx_dyn_next(o, std::ptr::null_mut(), 0);
            }
            _ => {}
        }
    }
    if crate::tuple::is_tuple(o) {
        if let ("index" | "count", [x]) = (name, argv.as_slice()) {
            let l = crate::dyn_containers::nx_dyn_iter_list(recv);
            if l.is_null() {
                return none;
            }
            // Tagged ops of `nx_list_search_dyn`: 3 (a tuple's index), 1 (count).
            let op = if name == "index" { 3 << 1 } else { 1 << 1 };
            let r = crate::list_search::nx_list_search_dyn(l, *x, op);
            decref(l);
            if crate::exc::nx_err_pending != 0 {
                return none;
            }
            return int_value(r);
        }
    }
    if is_list(o) {
        return match (name, argv.as_slice()) {
            ("append", [x]) => {
                crate::list::nx_list_append(o, *x as i64);
                none
            }
            ("insert", [i, x]) => {
                if let Some(i) = index("list", *i) {
                    crate::list::nx_list_insert(o, i, *x as i64);
                }
                none
            }
            ("extend", [xs]) => {
                let l = crate::dyn_containers::nx_dyn_iter_list(*xs);
                if !l.is_null() {
                    for &b in items(l as *mut ListObj) {
                        crate::list::nx_list_append(o, b);
                    }
                    decref(l);
                }
                none
            }
            ("pop", []) => crate::list::nx_list_pop(o) as *mut Obj,
            ("pop", [i]) => match index("list", *i) {
                Some(i) => crate::list::nx_list_pop_at(o, i) as *mut Obj,
                None => none,
            },
            ("remove", [x]) => {
                crate::list::nx_list_remove(o, *x as i64);
                none
            }
            ("reverse", []) => {
                crate::list::nx_list_reverse(o);
                none
            }
            ("sort", []) => {
                crate::list_sort::nx_list_sort(o);
                none
            }
            ("copy", []) => crate::list::nx_list_copy(o),
            ("clear", []) => {
                crate::list::nx_list_clear(o);
                none
            }
            _ => no_method(rv, name),
        };
    }
    if is_dict(o) {
        let view = |d: *mut Obj, which: i64| crate::dict_views::nx_dict_view(d, which << 1);
        return match (name, argv.as_slice()) {
            ("get", [k]) => crate::dict::nx_dict_get_default(o, *k as i64, 0) as *mut Obj,
            ("get", [k, d]) => {
                crate::dict::nx_dict_get_default(o, *k as i64, *d as i64) as *mut Obj
            }
            ("setdefault", [k, d]) => {
                crate::dict::nx_dict_setdefault(o, *k as i64, *d as i64) as *mut Obj
            }
            ("pop", [k]) => crate::dict::nx_dict_pop(o, *k as i64) as *mut Obj,
            ("pop", [k, d]) => {
                crate::dict::nx_dict_pop_default(o, *k as i64, *d as i64) as *mut Obj
            }
            ("keys", []) => view(o, 0),
            ("values", []) => view(o, 1),
            ("items", []) => view(o, 2),
            ("update", [other]) => match unbox(*other) {
                Val::Obj(d2) if is_dict(d2) && obj_slots(d2) => {
                    crate::dict::nx_dict_update(o, d2);
                    none
                }
                v => no_method(v, "keys"),
            },
            ("copy", []) => crate::dict::nx_dict_copy_method(o),
            ("clear", []) => {
                crate::dict::nx_dict_clear(o);
                none
            }
            _ => no_method(rv, name),
        };
    }
    if is_set(o) {
        return match (name, argv.as_slice()) {
            ("add", [x]) => {
                crate::set::nx_set_add(o, *x as i64);
                none
            }
            ("discard", [x]) => {
                crate::set::nx_set_discard(o, *x as i64);
                none
            }
            ("remove", [x]) => {
                crate::set::nx_set_remove(o, *x as i64);
                none
            }
            ("update", others) => {
                for other in others {
                    let l = crate::dyn_containers::nx_dyn_iter_list(*other);
                    if l.is_null() {
                        return none;
                    }
                    for &b in items(l as *mut ListObj) {
                        crate::set::nx_set_add(o, b);
                    }
                    decref(l);
                }
                none
            }
            ("pop", []) => crate::set::nx_set_pop(o) as *mut Obj,
            ("copy", []) => crate::set::frozen::nx_set_copy_method(o),
            ("clear", []) => {
                crate::set::nx_set_clear(o);
                none
            }
            _ => no_method(rv, name),
        };
    }
    no_method(rv, name)
}

unsafe fn no_method(v: Val, name: &str) -> *mut Obj {
    raise(
        ExcKind::AttributeError,
        format!("'{}' object has no attribute '{name}'", type_name(v)),
    );
    std::ptr::null_mut()
}
