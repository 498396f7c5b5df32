//! `d.keys()`, `d.values()`, `d.items()`: views of a dict. A view holds its dict and the list
//! of the dict's keys, values or pairs, laid out as a list (so every list operation the
//! compiler emits on it works unchanged) and refreshed from the dict whenever the program
//! reads a view it kept (`nx_view_refresh`), so it reflects later changes to the dict as
//! CPython's views do. Its type is `dict_keys`, `dict_values` or `dict_items`, which print as
//! CPython's (`dict_keys(['a', 'b'])`). A view is always tracked by the cycle collector: a
//! dict may hold its own view.

use std::alloc::Layout;

use crate::list::{
    decref, list_compare_slot, list_eq_slot, list_repr_into, list_traverse, new_list, trashcan,
    ListObj,
};
use crate::object::{free_object, Obj, TypeInfo};
use crate::str::new_str;
use natrix_abi::ElemKind;

/// A view: the list of what it shows, then its dict.
#[repr(C)]
pub struct ViewObj {
    pub list: ListObj,
    pub dict: *mut Obj,
}

macro_rules! view_type {
    ($ty:ident, $name:literal, $repr:ident) => {
        unsafe fn $repr(obj: *mut Obj) -> *mut Obj {
            if !refresh(obj) {
                return std::ptr::null_mut();
            }
            let mut s = String::from(concat!($name, "("));
            if !list_repr_into(obj as *mut ListObj, &mut s) {
                return std::ptr::null_mut();
            }
            s.push(')');
            new_str(&s)
        }

        pub static $ty: TypeInfo = TypeInfo {
            name: $name,
            dealloc: view_dealloc,
            traverse: Some(view_traverse),
            clear: Some(view_clear),
            repr: Some($repr),
            str: None,
            hash: None,
            eq: Some(list_eq_slot),
            compare: Some(list_compare_slot),
        };
    };
}

view_type!(KEYS_TYPE, "dict_keys", keys_repr);
view_type!(VALUES_TYPE, "dict_values", values_repr);
view_type!(ITEMS_TYPE, "dict_items", items_repr);

unsafe fn view_dealloc(obj: *mut Obj) {
    trashcan(obj, view_release);
}

unsafe fn view_release(o: *mut Obj) {
    crate::list::nx_list_clear(o);
    let v = o as *mut ViewObj;
    let d = std::mem::replace(&mut (*v).dict, std::ptr::null_mut());
    if !d.is_null() {
        decref(d);
    }
    free_object(o, Layout::new::<ViewObj>());
}

unsafe fn view_clear(o: *mut Obj) {
    crate::list::nx_list_clear(o);
    let v = o as *mut ViewObj;
    let d = std::mem::replace(&mut (*v).dict, std::ptr::null_mut());
    if !d.is_null() {
        decref(d);
    }
}

unsafe fn view_traverse(obj: *mut Obj, visit: &mut dyn FnMut(*mut Obj)) {
    list_traverse(obj, visit);
    let d = (*(obj as *mut ViewObj)).dict;
    if !d.is_null() {
        visit(d);
    }
}

fn view_type_of(which: i64) -> &'static TypeInfo {
    match which {
        0 => &KEYS_TYPE,
        1 => &VALUES_TYPE,
        _ => &ITEMS_TYPE,
    }
}

/// The list of what view `which` (0 keys, 1 values, 2 items) of dict `d` shows now.
unsafe fn contents(d: *mut Obj, which: i64) -> *mut Obj {
    match which {
        0 => nx_dict_keys(d),
        1 => nx_dict_values(d),
        _ => nx_dict_items(d),
    }
}

/// The list of a dict's keys (`keys`) or values, in insertion order.
unsafe fn column(d: *mut Obj, keys: bool) -> *mut Obj {
    let (kk, vk, used, items) = crate::dict::live_items(d);
    let kind = if keys { kk } else { vk };
    let l = new_list(kind, used);
    if l.is_null() {
        return std::ptr::null_mut();
    }
    // Written straight into the buffer, sized for every live item: taking a reference runs
    // no program code, so the dict cannot change meanwhile.
    let mut n = 0;
    for (k, v) in items {
        let bits = if keys { k } else { v };
        crate::list::incref_elem(kind, bits);
        *(*l).items.add(n) = bits;
        n += 1;
    }
    (*l).len = n;
    l as *mut Obj
}

/// Whether `shown`, the list of a keys (`keys`) or values view, holds exactly the dict's
/// live keys or values now, bit for bit (the same objects in the same order).
unsafe fn column_matches(d: *mut Obj, shown: *mut ListObj, keys: bool) -> bool {
    let (_, _, used, mut items) = crate::dict::live_items(d);
    (*shown).len == used
        && items
            .by_ref()
            .enumerate()
            .all(|(i, (k, v))| *(*shown).items.add(i) == if keys { k } else { v })
}

/// `list(d.keys())`: a new list of the keys in insertion order.
///
/// # Safety
/// `d` must be a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_keys(d: *mut Obj) -> *mut Obj {
    column(d, true)
}

/// `list(d.values())`.
///
/// # Safety
/// `d` must be a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_values(d: *mut Obj) -> *mut Obj {
    column(d, false)
}

/// `list(d.items())`: a new list of `(key, value)` tuples.
///
/// # Safety
/// `d` must be a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_items(d: *mut Obj) -> *mut Obj {
    let (kk, vk, used, items) = crate::dict::live_items(d);
    let l = new_list(ElemKind::Obj, used);
    if l.is_null() {
        return std::ptr::null_mut();
    }
    // (Making the pairs runs no program code: the dict stays as it is.)
    for (k, v) in items {
        let t = crate::tuple::nx_tuple_new(2);
        if t.is_null() {
            decref(l as *mut Obj);
            return std::ptr::null_mut();
        }
        crate::tuple::nx_tuple_init(t, 0, kk as i64, k);
        crate::tuple::nx_tuple_init(t, 1, vk as i64, v);
        crate::list::nx_list_append(l as *mut Obj, t as i64);
        decref(t);
    }
    l as *mut Obj
}

/// A new view `which` (a small tagged int: 0 keys, 1 values, 2 items) of dict `d`, or null
/// with MemoryError raised.
///
/// # Safety
/// `d` must be a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_view(d: *mut Obj, which: i64) -> *mut Obj {
    let which = which >> 1;
    let l = contents(d, which);
    if l.is_null() {
        return l;
    }
    let ty = view_type_of(which);
    let v = crate::object::alloc_object(Layout::new::<ViewObj>(), ty) as *mut ViewObj;
    if v.is_null() {
        decref(l);
        crate::exc::raise(natrix_abi::ExcKind::MemoryError, "");
        return std::ptr::null_mut();
    }
    let src = l as *mut ListObj;
    v.write(ViewObj {
        list: ListObj {
            hdr: Obj { refcnt: 1, ty },
            len: (*src).len,
            cap: (*src).cap,
            kind: (*src).kind,
            items: (*src).items,
        },
        dict: d,
    });
    (*d).refcnt += 1;
    (*src).len = 0;
    (*src).cap = 0;
    (*src).items = std::ptr::null_mut();
    decref(l);
    crate::object::track_alloc();
    v as *mut Obj
}

/// Brings view `v` up to date with its dict (nothing for a list that is not a view); raises
/// MemoryError when that fails.
///
/// # Safety
/// `v` must be a live list or view.
#[no_mangle]
pub unsafe extern "C" fn nx_view_refresh(v: *mut Obj) {
    refresh(v);
}

/// [`nx_view_refresh`]; false when it raised.
unsafe fn refresh(v: *mut Obj) -> bool {
    if !is_view(v) {
        return true;
    }
    let d = (*(v as *mut ViewObj)).dict;
    if d.is_null() {
        return true;
    }
    let which = match (*(*v).ty).name {
        "dict_keys" => 0,
        "dict_values" => 1,
        _ => 2,
    };
    // Unchanged keys or values (the usual case: a view read soon after it was made) need no
    // new list.
    if which < 2 && column_matches(d, v as *mut ListObj, which == 0) {
        return true;
    }
    let fresh = contents(d, which);
    if fresh.is_null() {
        return false;
    }
    crate::list::nx_list_clear(v);
    let (dst, src) = (v as *mut ListObj, fresh as *mut ListObj);
    (*dst).len = (*src).len;
    (*dst).cap = (*src).cap;
    (*dst).kind = (*src).kind;
    (*dst).items = (*src).items;
    (*src).len = 0;
    (*src).cap = 0;
    (*src).items = std::ptr::null_mut();
    decref(fresh);
    true
}

/// Is `obj` a dict view (a list underneath)?
///
/// # Safety
/// `obj` must point to a live object.
pub(crate) unsafe fn is_view(obj: *const Obj) -> bool {
    let ty = (*obj).ty;
    [&KEYS_TYPE, &VALUES_TYPE, &ITEMS_TYPE]
        .iter()
        .any(|t| std::ptr::eq(ty, *t))
}

/// The dict a `for` loop over `c` must watch: `c` itself, or the dict of a view; null for a
/// set or anything else.
unsafe fn watched_dict(c: *mut Obj) -> *mut Obj {
    if crate::dict::is_dict(c) {
        c
    } else if is_view(c) {
        (*(c as *mut ViewObj)).dict
    } else {
        std::ptr::null_mut()
    }
}

/// The size (a tagged int) of what a `for` loop over `c` (a dict, a dict view or a set) starts
/// iterating, for [`nx_iter_size_check`].
///
/// # Safety
/// `c` must be a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_iter_size(c: *mut Obj) -> i64 {
    let d = watched_dict(c);
    if !d.is_null() {
        crate::dict::nx_dict_len(d)
    } else if std::ptr::eq((*c).ty, &crate::set::SET_TYPE) {
        crate::set::nx_set_len(c)
    } else {
        0
    }
}

/// Before each step of a `for` loop over a dict, a dict view or a set: CPython's RuntimeError
/// when the loop's body changed its size (`size` from [`nx_iter_size`]).
///
/// # Safety
/// `c` must be a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_iter_size_check(c: *mut Obj, size: i64) {
    if nx_iter_size(c) == size {
        return;
    }
    let msg = if watched_dict(c).is_null() {
        "Set changed size during iteration"
    } else {
        "dictionary changed size during iteration"
    };
    crate::exc::raise(natrix_abi::ExcKind::RuntimeError, msg);
}
