//! `collections.defaultdict`: a dict with a factory, kept as one prototype value of the
//! factory and its name (`function name` for a function's, as its repr shows it). The compiler
//! accepts only factories whose every call gives a value equal to a fresh copy of one call's (a
//! builtin type, a `lambda` or the program's function returning a constant or a display of
//! constants and empty containers, another defaultdict of such a factory, a class of the
//! program whose constructor only sets attributes to such values), so a
//! missing key gets a copy of the prototype: containers copied all the way down (an instance
//! of a library container, `Counter()`, deeply), immutable values shared.

use crate::dict::{nx_dict_copy_method, nx_dict_set, value_slots, DictObj, DICT_TYPE};
use crate::list::{decref, decref_elem, elem_obj, incref, incref_elem, is_list, ListObj};
use crate::object::Obj;
use natrix_abi::ElemKind;

/// Makes `d` a `collections.defaultdict`: `proto` is one value of its factory (borrowed) and
/// `name` the factory's name (borrowed).
///
/// # Safety
/// `d` must be a live dict, `proto` a valid element of its value kind, `name` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_set_factory(d: *mut Obj, proto: i64, name: *mut Obj) {
    let d = d as *mut DictObj;
    incref_elem((*d).val_kind, proto);
    incref(name);
    if let Some((old, old_name)) = (*d).factory.replace((proto, name)) {
        decref_elem((*d).val_kind, old);
        decref(old_name);
    }
}

/// Whether `obj` is a `collections.defaultdict` (a dict with a factory).
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn is_defaultdict(obj: *mut Obj) -> bool {
    std::ptr::eq((*obj).ty, &DICT_TYPE) && (*(obj as *mut DictObj)).factory.is_some()
}

/// A defaultdict's missing key: stores a fresh default under `k` and returns a new
/// reference to it (0 after MemoryError).
pub(crate) unsafe fn missing(d: *mut DictObj, k: i64, proto: i64) -> i64 {
    let kind = (*d).val_kind;
    let v = fresh(kind, proto);
    if v == 0 && elem_obj(kind, proto).is_some() {
        return 0;
    }
    nx_dict_set(d as *mut Obj, k, v);
    v
}

/// A new reference to a copy of `v` (of `kind`) that shares nothing mutable with it: lists,
/// dicts and sets copied with their items copied alike (`{"seen": set(), "n": 0}`: a new
/// dict holding a new set), anything else shared. Null (0) for an object after MemoryError.
unsafe fn fresh(kind: ElemKind, v: i64) -> i64 {
    let Some(o) = elem_obj(kind, v) else {
        incref_elem(kind, v);
        return v;
    };
    let copy = if is_list(o) {
        crate::list::nx_list_copy(o)
    } else if std::ptr::eq((*o).ty, &crate::set::SET_TYPE) {
        // (A set's items are hashable, so immutable here: a shallow copy is enough.)
        return crate::set::nx_set_copy(o) as i64;
    } else if std::ptr::eq((*o).ty, &DICT_TYPE) {
        nx_dict_copy_method(o)
    } else if crate::instance::is_instance(o) {
        // A library container (`Counter()`): its attributes copied all the way down.
        return crate::copy::nx_deepcopy(o) as i64;
    } else {
        incref(o);
        return v;
    };
    if copy.is_null() {
        return 0;
    }
    // The copy's items are the prototype's (borrowed through the copy): replace each
    // container among them by its own fresh copy.
    let ok = if is_list(copy) {
        let l = copy as *mut ListObj;
        let kind = (*l).kind;
        (0..(*l).len).all(|i| renew(kind, &mut *(*l).items.add(i)))
    } else {
        let kind = (*(copy as *mut DictObj)).val_kind;
        value_slots(copy as *mut DictObj).all(|slot| renew(kind, slot))
    };
    if !ok {
        decref(copy);
        return 0;
    }
    copy as i64
}

/// Replaces the container in `slot` (of `kind`) by a fresh copy of it; false after
/// MemoryError.
unsafe fn renew(kind: ElemKind, slot: &mut i64) -> bool {
    let Some(o) = elem_obj(kind, *slot) else {
        return true;
    };
    let mutable = is_list(o)
        || crate::instance::is_instance(o)
        || std::ptr::eq((*o).ty, &crate::set::SET_TYPE)
        || std::ptr::eq((*o).ty, &DICT_TYPE);
    if !mutable {
        return true;
    }
    let new = fresh(kind, *slot);
    if new == 0 {
        return false;
    }
    decref_elem(kind, std::mem::replace(slot, new));
    true
}
