//! Class objects as values. Two kinds of object stand for a class: a [`ClassObj`], `type(x)`
//! of a dynamic value (the class of a caught exception, which a `with` statement passes to
//! `__exit__` as its first argument), which holds its class's qualified name; and a class of
//! the program used as a value (`make(Dog)`), which calls (its layout is the function value of
//! the class's constructor: number, name, then the qualified names of its chain, a str:
//! [`CLASS_FUNC_TYPE`]). Both print as CPython's (`<class 'KeyError'>`,
//! `<class '__main__.AppError'>`), and two are equal when they name the same class.

use std::alloc::Layout;

use crate::list::decref;
use crate::object::{alloc_object, free_object, track_alloc, Obj, TypeInfo};
use crate::str::{as_str, new_str};

#[repr(C)]
pub struct ClassObj {
    pub hdr: Obj,
    /// `module.Name` for a user class, the plain name for a builtin one.
    pub qualname: String,
    /// The qualified names of the class and of every class it derives from, nearest first
    /// (`object` last): what `issubclass(cls, K)` tests.
    pub chain: Vec<String>,
}

pub static CLASS_TYPE: TypeInfo = TypeInfo {
    name: "type",
    dealloc: class_dealloc,
    traverse: None,
    clear: None,
    repr: Some(class_repr),
    str: None,
    hash: Some(class_hash),
    eq: Some(class_eq),
    compare: None,
};

/// A class of the program used as a value: a function value calling its constructor (the
/// compiler's `resolve/class_values.rs`), whose last item lists the qualified names of its
/// class and of the classes it derives from (nearest first, `object` last), space-separated.
/// (Also a builtin type used as a value, `int`: its function value with the defaults of its
/// parameters, then its name and `object`.)
pub static CLASS_FUNC_TYPE: TypeInfo = TypeInfo {
    name: "type",
    dealloc: crate::tuple::tuple_dealloc,
    traverse: Some(crate::tuple::tuple_traverse),
    clear: Some(crate::tuple::tuple_clear),
    repr: Some(class_repr),
    str: None,
    hash: Some(class_hash),
    eq: Some(class_eq),
    compare: None,
};

/// Makes function value `f` (a class's constructor: its number, name and chain) the class.
///
/// # Safety
/// `f` must be a live function value of three items, the third a str.
#[no_mangle]
pub unsafe extern "C" fn nx_func_as_class(f: *mut Obj) {
    (*f).ty = &CLASS_FUNC_TYPE;
}

/// The qualified names of class object `obj` and of the classes it derives from, nearest
/// first.
unsafe fn chain(obj: *mut Obj) -> Vec<String> {
    if std::ptr::eq((*obj).ty, &CLASS_FUNC_TYPE) {
        // (The last item: a builtin type's value keeps its parameters' defaults before it.)
        let (_, names) = crate::tuple::item(obj, crate::tuple::len(obj) - 1);
        return as_str(names as *mut Obj)
            .split(' ')
            .map(str::to_string)
            .collect();
    }
    (*(obj as *mut ClassObj)).chain.clone()
}

/// The qualified name of class object `obj` (`__main__.Point`, `KeyError`).
pub(crate) unsafe fn qualname(obj: *mut Obj) -> String {
    if std::ptr::eq((*obj).ty, &CLASS_FUNC_TYPE) {
        return chain(obj).swap_remove(0);
    }
    (*(obj as *mut ClassObj)).qualname.clone()
}

unsafe fn class_dealloc(obj: *mut Obj) {
    std::ptr::drop_in_place(&mut (*(obj as *mut ClassObj)).qualname);
    std::ptr::drop_in_place(&mut (*(obj as *mut ClassObj)).chain);
    free_object(obj, Layout::new::<ClassObj>());
}

unsafe fn class_repr(obj: *mut Obj) -> *mut Obj {
    new_str(&format!("<class '{}'>", qualname(obj)))
}

unsafe fn class_hash(obj: *mut Obj) -> i64 {
    let h = crate::str::new_str(&qualname(obj));
    let v = crate::str::nx_str_hash(h);
    decref(h);
    v
}

/// `a == b` of class objects (`a` is one): whether they name the same class.
pub(crate) unsafe fn class_eq(a: *mut Obj, b: *mut Obj) -> i64 {
    (is_class(b) && qualname(a) == qualname(b)) as i64
}

/// Is `obj` a class object?
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn is_class(obj: *const Obj) -> bool {
    std::ptr::eq((*obj).ty, &CLASS_TYPE) || std::ptr::eq((*obj).ty, &CLASS_FUNC_TYPE)
}

/// The class's `__name__` (the qualified name's last part).
///
/// # Safety
/// `obj` must be a live class object.
pub unsafe fn class_name(obj: *mut Obj) -> String {
    let q = qualname(obj);
    q.rsplit('.').next().unwrap_or(&q).to_string()
}

/// `type(obj)` as a class object (a new reference; null when out of memory).
///
/// # Safety
/// `obj` must point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_class_of(obj: *mut Obj) -> *mut Obj {
    let q = crate::exc_obj::nx_type_qualname(obj);
    let qualname = as_str(q).to_string();
    decref(q);
    let chain = class_chain(obj, &qualname);
    let layout = Layout::new::<ClassObj>();
    let p = alloc_object(layout, &CLASS_TYPE) as *mut ClassObj;
    if p.is_null() {
        crate::exc::raise(natrix_abi::ExcKind::MemoryError, "");
        return p as *mut Obj;
    }
    track_alloc();
    std::ptr::write(
        p,
        ClassObj {
            hdr: Obj {
                refcnt: 1,
                ty: &CLASS_TYPE,
            },
            qualname,
            chain,
        },
    );
    p as *mut Obj
}

/// The qualified names of the class of `obj` (named `qualname`) and of its bases.
unsafe fn class_chain(obj: *mut Obj, qualname: &str) -> Vec<String> {
    let inst = if !obj.is_null() && crate::instance::is_instance(obj) {
        obj
    } else {
        crate::exc_obj::exc_instance_or_null(obj)
    };
    let (mut names, mut kind) = if inst.is_null() {
        (vec![], crate::exc_obj::exc_kind_of(obj))
    } else {
        crate::instance::class_chain(inst)
    };
    if names.is_empty() && kind.is_none() {
        names.push(qualname.to_string());
    }
    while let Some(k) = kind {
        names.push(k.qualified_name());
        kind = k.parent();
    }
    if names.last().map(String::as_str) != Some("object") {
        names.push("object".to_string());
    }
    names
}

/// `cls is K` (`exact`) or `issubclass(cls, K)` of a class object `cls` and the class whose
/// qualified name is `name` (a str); CPython's TypeError when `cls` is no class.
///
/// # Safety
/// `cls` must be null or point to a live object (or a dynamic box); `name` to a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_class_test(cls: *mut Obj, name: *mut Obj, exact: i64) -> u8 {
    let is_class_obj = !cls.is_null() && is_class(cls);
    if !is_class_obj {
        if exact != 0 {
            return 0;
        }
        crate::exc::raise(
            natrix_abi::ExcKind::TypeError,
            "issubclass() arg 1 must be a class",
        );
        return 2;
    }
    let chain = chain(cls);
    let want = as_str(name);
    if exact != 0 {
        return (chain.first().map(String::as_str) == Some(want)) as u8;
    }
    chain.iter().any(|n| n == want) as u8
}

/// The classes of `cls`, a class object or a tuple of them (tuples nest: `(str, (list,
/// float))`), into `out`; a tuple's items that are no objects (numbers) stand as null.
unsafe fn flatten(cls: *mut Obj, out: &mut Vec<*mut Obj>) {
    if cls.is_null() || !crate::tuple::is_tuple(cls) {
        out.push(cls);
        return;
    }
    for i in 0..crate::tuple::len(cls) {
        match crate::tuple::item(cls, i) {
            (natrix_abi::ElemKind::Obj, bits) => flatten(bits as *mut Obj, out),
            _ => out.push(std::ptr::null_mut()),
        }
    }
}

/// `except cls:` of a class object held in a value, or of a tuple of them (`except
/// self.retry_on:`): whether the pending exception is an instance of one of them. Anything
/// else in `cls` catches nothing.
///
/// # Safety
/// `cls` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_matches_value(cls: *mut Obj) -> u8 {
    let inst = crate::exc::pending_instance();
    let (mut names, mut kind) = if inst.is_null() {
        (vec![], crate::exc::pending_kind())
    } else {
        crate::instance::class_chain(inst)
    };
    while let Some(k) = kind {
        names.push(k.qualified_name());
        kind = k.parent();
    }
    let mut classes = vec![];
    flatten(cls, &mut classes);
    classes
        .into_iter()
        .any(|c| !c.is_null() && is_class(c) && names.contains(&qualname(c))) as u8
}

/// `issubclass(cls, classes)` of a class object and a class object or a tuple of them held
/// in a value: whether `cls` is one of them or derives from one; CPython's TypeErrors (2)
/// when either is no class.
///
/// # Safety
/// `cls` and `classes` must be null or point to live objects (or dynamic boxes).
#[no_mangle]
pub unsafe extern "C" fn nx_issubclass_value(cls: *mut Obj, classes: *mut Obj) -> u8 {
    if cls.is_null() || !is_class(cls) {
        crate::exc::raise(
            natrix_abi::ExcKind::TypeError,
            "issubclass() arg 1 must be a class",
        );
        return 2;
    }
    let mut bases = vec![];
    flatten(classes, &mut bases);
    if bases.iter().any(|b| b.is_null() || !is_class(*b)) {
        crate::exc::raise(
            natrix_abi::ExcKind::TypeError,
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        );
        return 2;
    }
    let chain = chain(cls);
    bases.iter().any(|b| chain.contains(&qualname(*b))) as u8
}

/// `isinstance(obj, cls)` of a class object (or a tuple of them) held in a value: whether the
/// class of `obj` is `cls` or derives from it; CPython's TypeError (2) when `cls` is neither.
///
/// # Safety
/// `obj` and `cls` must be null or point to live objects (or dynamic boxes).
#[no_mangle]
pub unsafe extern "C" fn nx_isinstance_class(obj: *mut Obj, cls: *mut Obj) -> u8 {
    let mut classes = vec![];
    flatten(cls, &mut classes);
    // A builtin type held in a value (`for t in (int, str)`) is the function value `int`.
    let builtin = |c: *mut Obj| -> Option<String> {
        if std::ptr::eq((*c).ty, &CLASS_FUNC_TYPE) {
            // A builtin type used as a value: its plain name first in its chain.
            let name = chain(c).into_iter().next()?;
            let plain = !name.contains('.') && natrix_abi::ExcKind::from_name(&name).is_none();
            return plain.then_some(name);
        }
        if !std::ptr::eq((*c).ty, &crate::closure::FUNC_TYPE) {
            return None;
        }
        let name = crate::closure::nx_func_name(c);
        let text = as_str(name).to_string();
        decref(name);
        let known = matches!(
            text.as_str(),
            "int"
                | "float"
                | "bool"
                | "str"
                | "bytes"
                | "list"
                | "tuple"
                | "dict"
                | "set"
                | "frozenset"
                | "object"
        ) || natrix_abi::ExcKind::from_name(&text).is_some();
        known.then_some(text)
    };
    let mut builtins = vec![];
    for c in &classes {
        let named = (!c.is_null()).then(|| builtin(*c)).flatten();
        if c.is_null() || !is_class(*c) || named.is_some() {
            match named {
                Some(name) => builtins.push(name),
                None => {
                    crate::exc::raise(
                        natrix_abi::ExcKind::TypeError,
                        "isinstance() arg 2 must be a type, a tuple of types, or a union",
                    );
                    return 2;
                }
            }
        }
    }
    if builtins
        .iter()
        .any(|name| crate::dynamic::isinstance_named(obj, name))
    {
        return 1;
    }
    let classes: Vec<*mut Obj> = classes
        .into_iter()
        .filter(|c| is_class(*c) && builtin(*c).is_none())
        .collect();
    if classes.is_empty() {
        return 0;
    }
    let of = nx_class_of(obj);
    if of.is_null() {
        return 2;
    }
    let chain = chain(of);
    decref(of);
    classes.iter().any(|c| chain.contains(&qualname(*c))) as u8
}

/// `x.__name__` of a dynamic value that is no instance: a class object's name, else CPython's
/// AttributeError (null).
///
/// # Safety
/// `a` must be null or point to a live object (or a dynamic box).
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_class_name(a: *mut Obj) -> *mut Obj {
    if !a.is_null() && is_class(a) {
        return new_str(&class_name(a));
    }
    let name = new_str("__name__");
    crate::dynamic::nx_dyn_attr_error(a, name);
    decref(name);
    std::ptr::null_mut()
}

/// Whether dynamic value `a` is the class object of the program's class named `name` (a str:
/// the compiler's name for it, `Square`, `collections.Counter`).
///
/// # Safety
/// `a` must be null or a live object, `name` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_is_class_named(a: *mut Obj, name: *mut Obj) -> u8 {
    let qualified = crate::instance::qualified_name(as_str(name));
    (!a.is_null() && is_class(a) && qualname(a) == qualified) as u8
}
