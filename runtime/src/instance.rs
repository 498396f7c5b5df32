//! Instances of user classes.
//!
//! An instance is laid out like a tuple (see `tuple.rs`): item 0 holds the address of the
//! class's `natrix_abi::ClassTable` (raw bits in a `Float` item, which nothing refcounts; the
//! table also leads to the class's name), and items `INSTANCE_FIRST_SLOT..` the attribute
//! slots, in the order the compiler numbered them. The compiler knows every attribute's slot and type statically, so it reads and writes
//! them with `nx_tuple_get` / `nx_tuple_init`; an attribute never assigned is a `None` item,
//! which the generated code turns into AttributeError where the attribute's type is an object.
//!
//! The type slots give the object defaults CPython's `object` gives (identity equality and
//! hashing, `<__main__.Name object at 0x…>` as repr) unless the class table holds the compiled
//! `__repr__`, `__eq__` or `__hash__`: containers (printing, dict keys, set members, `in`,
//! list `==`) reach them through these slots. Compiled code calls them directly.

use crate::exc::raise;
use crate::object::{Obj, TypeInfo};
use crate::str::{as_str, new_str};
use crate::tuple::{init_raw, item, nx_tuple_get, tuple_traverse};
use natrix_abi::{
    ClassTable, ElemKind, ExcKind, INSTANCE_FIRST_SLOT, INSTANCE_TABLE_ITEM, INT_ERROR,
    NESTED_CLASS_SEP,
};

/// The type of every user-class instance (the class itself is known statically).
pub static INSTANCE_TYPE: TypeInfo = TypeInfo {
    name: "object",
    dealloc: instance_dealloc,
    traverse: Some(tuple_traverse),
    clear: Some(crate::tuple::tuple_clear),
    repr: Some(instance_repr_slot),
    str: Some(instance_str_slot),
    hash: Some(instance_hash_slot),
    eq: Some(instance_eq_slot),
    compare: Some(instance_compare_slot),
};

/// The type of the instances of a class the compiler proved acyclic: no attribute can lead
/// back to an instance of its hierarchy (a `Sphere` of two `Vec`s and a float), so they can
/// never be part of a cycle and the cycle collector does not track them.
pub static INSTANCE_ACYCLIC_TYPE: TypeInfo = TypeInfo {
    traverse: None,
    clear: None,
    ..INSTANCE_TYPE
};

/// The type of the instances of an acyclic class whose attributes are all floats, bools or
/// `None`: freeing one releases nothing.
pub static INSTANCE_PLAIN_TYPE: TypeInfo = TypeInfo {
    dealloc: crate::tuple::free_plain,
    ..INSTANCE_ACYCLIC_TYPE
};

unsafe fn instance_dealloc(obj: *mut Obj) {
    crate::list::trashcan(obj, instance_release);
}

/// Releases what the attributes hold, with the class's compiled release function (which
/// knows each attribute's type), then frees the instance.
unsafe fn instance_release(obj: *mut Obj) {
    // (The cycle collector's `clear` empties every item, the class table's too.)
    let (_, bits) = item(obj, INSTANCE_TABLE_ITEM as usize);
    let release = if bits == 0 { 0 } else { table(obj).release };
    if release == 0 {
        crate::tuple::tuple_release(obj);
        return;
    }
    // SAFETY: the compiler put the address of a `release(obj)` function in the table.
    let release: unsafe extern "C" fn(*mut Obj) = std::mem::transmute(release);
    release(obj);
    crate::tuple::free_plain(obj);
}

/// Is `obj` an instance of a user class?
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn is_instance(obj: *const Obj) -> bool {
    let ty = (*obj).ty;
    std::ptr::eq(ty, &INSTANCE_TYPE)
        || std::ptr::eq(ty, &INSTANCE_ACYCLIC_TYPE)
        || std::ptr::eq(ty, &INSTANCE_PLAIN_TYPE)
}

/// A new instance with `nslots` unset attributes of the class whose table is at `table`.
///
/// # Safety
/// `table` must be the address of a class table whose name global holds a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_instance_new(nslots: i64, table: i64) -> *mut Obj {
    new_instance(nslots, table, &INSTANCE_TYPE)
}

/// [`nx_instance_new`] for a class whose instances the compiler proved acyclic: untracked.
///
/// # Safety
/// As for [`nx_instance_new`].
#[no_mangle]
pub unsafe extern "C" fn nx_instance_new_acyclic(nslots: i64, table: i64) -> *mut Obj {
    new_instance(nslots, table, &INSTANCE_ACYCLIC_TYPE)
}

/// [`nx_instance_new`] for a class whose attributes can hold no reference at all.
///
/// # Safety
/// As for [`nx_instance_new`].
#[no_mangle]
pub unsafe extern "C" fn nx_instance_new_plain(nslots: i64, table: i64) -> *mut Obj {
    new_instance(nslots, table, &INSTANCE_PLAIN_TYPE)
}

/// A new instance whose attribute slots the caller writes (the compiled code, right after the
/// call: see `nx_instance_new` in `natrix_abi`); only the class table item is set here.
unsafe fn new_instance(nslots: i64, table: i64, ty: &'static TypeInfo) -> *mut Obj {
    let n = nslots.max(0) as usize;
    let obj = crate::tuple::new_tuple_unfilled(n + INSTANCE_FIRST_SLOT as usize, ty);
    if !obj.is_null() {
        init_raw(obj, INSTANCE_TABLE_ITEM as usize, ElemKind::Float, table);
    }
    obj
}

/// A compiled `__repr__`: the frame depth, then `self`; a new str, or null after raising.
type ReprCode = unsafe extern "C" fn(i64, *mut Obj) -> *mut Obj;

/// The bits of an attribute never assigned (a `None` item with bits no `None` has).
const UNSET: i64 = natrix_abi::ATTR_UNSET;

/// Attribute slot `slot` of an instance as a new dynamic reference, or `None` (Rust's) when
/// it was never set.
///
/// # Safety
/// `obj` must be a live instance with more than `slot` attribute slots.
pub unsafe fn slot_value(obj: *mut Obj, slot: usize) -> Option<*mut Obj> {
    let (kind, bits) = item(obj, slot + INSTANCE_FIRST_SLOT as usize);
    if kind == ElemKind::None && bits == UNSET {
        return None;
    }
    Some(crate::dynamic::boxed(crate::list::val(kind, bits)))
}

/// Attribute `slot` of `obj` as element bits with a new reference; AttributeError when it
/// was never assigned.
///
/// # Safety
/// `obj` must be a live instance with more than `slot` attributes, `attr` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_instance_get(obj: *mut Obj, slot: i64, attr: *mut Obj) -> i64 {
    let (kind, bits) = item(obj, (slot + INSTANCE_FIRST_SLOT) as usize);
    if kind == ElemKind::None && bits == UNSET {
        missing_attr(obj, attr);
        return 0;
    }
    nx_tuple_get(obj, slot + INSTANCE_FIRST_SLOT)
}

/// `del obj.attr` of attribute slot `slot` (a tagged int): the value released and the slot
/// unset again; AttributeError (named `attr`) when it was never set.
///
/// # Safety
/// `obj` must be a live instance with more than `slot` attributes, `attr` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_instance_del(obj: *mut Obj, slot: i64, attr: *mut Obj) {
    let i = ((slot >> 1) + INSTANCE_FIRST_SLOT) as usize;
    let (kind, bits) = item(obj, i);
    if kind == ElemKind::None && bits == UNSET {
        missing_attr(obj, attr);
        return;
    }
    init_raw(obj, i, ElemKind::None, UNSET);
    crate::list::decref_elem(kind, bits);
}

/// CPython's AttributeError for attribute `attr` (a str) an instance has not.
unsafe fn missing_attr(obj: *mut Obj, attr: *mut Obj) {
    let msg = format!(
        "'{}' object has no attribute '{}'",
        short_class_name(obj),
        as_str(attr)
    );
    raise(ExcKind::AttributeError, msg);
}

/// `<__main__.Name object at 0x…>`, CPython's default repr of an instance.
///
/// # Safety
/// `obj` must be a live instance.
#[no_mangle]
pub unsafe extern "C" fn nx_instance_repr(obj: *mut Obj) -> *mut Obj {
    nx_instance_default_repr(obj)
}

/// Whether copies of instance `obj` are `obj` itself (`ClassTable::atomic`).
///
/// # Safety
/// `obj` must be a live instance.
pub(crate) unsafe fn copies_itself(obj: *mut Obj) -> bool {
    table(obj).atomic != 0
}

/// The class table of an instance.
unsafe fn table<'a>(obj: *mut Obj) -> &'a ClassTable {
    let (_, bits) = item(obj, INSTANCE_TABLE_ITEM as usize);
    // SAFETY: the compiler stored the address of a constant table of this layout.
    &*(bits as usize as *const ClassTable)
}

/// The attribute `name` of an instance, borrowed, by the names of its class's slots; `None`
/// when it has no slot of that name (a property, a method, a class attribute).
///
/// # Safety
/// `obj` must be a live instance.
pub(crate) unsafe fn attr_by_name(obj: *mut Obj, name: &str) -> Option<crate::list::Val> {
    let names = table(obj).attrs as *const std::ffi::c_char;
    if names.is_null() {
        return None;
    }
    let mut p = names;
    let mut slot = INSTANCE_FIRST_SLOT as usize;
    loop {
        // SAFETY: the compiler emitted NUL-ended names, an empty one ending the list.
        let n = std::ffi::CStr::from_ptr(p).to_bytes();
        if n.is_empty() {
            return None;
        }
        if n == name.as_bytes() {
            let (kind, bits) = item(obj, slot);
            return Some(crate::list::val(kind, bits));
        }
        p = p.add(n.len() + 1);
        slot += 1;
    }
}

/// The name of an instance's class, as its default repr shows it.
unsafe fn name_str<'a>(obj: *mut Obj) -> &'a str {
    // SAFETY: the table points at the global holding the name's literal, made at start-up and
    // never released.
    as_str(*(table(obj).name as *const *mut Obj))
}

/// A compiled `__eq__`: depth, self, other; 0/1, or 2 after raising.
type EqCode = unsafe extern "C" fn(i64, *mut Obj, *mut Obj) -> u8;
/// A compiled `__hash__`: depth, self; a tagged int, or `INT_ERROR` after raising.
type HashCode = unsafe extern "C" fn(i64, *mut Obj) -> i64;

// The frame depth is unknown inside the runtime: compiled methods called from here count it
// from 1 (containers guard their own depth).

unsafe fn instance_repr_slot(obj: *mut Obj) -> *mut Obj {
    let code = table(obj).repr;
    if code != 0 {
        // SAFETY: the compiler stored the address of a function of exactly this signature.
        let f: ReprCode = std::mem::transmute::<usize, ReprCode>(code);
        return text_result(f(1, obj), "__repr__");
    }
    if table(obj).exc_kind != 0 {
        return exc_default_text(obj, true);
    }
    nx_instance_default_repr(obj)
}

/// What a compiled `__repr__`/`__str__` returned, checked: the compiler registers those that
/// return a str, a str or None (null, with no error pending) and a value of run-time type;
/// the last two raise CPython's TypeError when they are no str.
unsafe fn text_result(r: *mut Obj, dunder: &str) -> *mut Obj {
    if r.is_null() && crate::exc::nx_err_pending != 0 {
        return r;
    }
    let v = crate::dynamic::unbox(r);
    if matches!(v, crate::list::Val::Obj(s) if std::ptr::eq((*s).ty, &crate::str::STR_TYPE)) {
        return r;
    }
    let got = crate::list::type_name(v);
    raise(
        ExcKind::TypeError,
        format!("{dunder} returned non-string (type {got})"),
    );
    if !r.is_null() {
        crate::list::decref(r);
    }
    std::ptr::null_mut()
}

/// `__str__` when the class defines it, else the repr.
unsafe fn instance_str_slot(obj: *mut Obj) -> *mut Obj {
    let code = table(obj).str;
    if code != 0 {
        // SAFETY: the compiler stored the address of a function of exactly this signature.
        let f: ReprCode = std::mem::transmute::<usize, ReprCode>(code);
        return text_result(f(1, obj), "__str__");
    }
    if table(obj).exc_kind != 0 {
        return exc_default_text(obj, false);
    }
    instance_repr_slot(obj)
}

/// The qualified names of an instance's class and of each of its bases, nearest first, then
/// those of the builtin exception classes it derives from (what `issubclass` of its class
/// object tests).
///
/// # Safety
/// `obj` must be a live instance.
pub unsafe fn class_chain(obj: *mut Obj) -> (Vec<String>, Option<ExcKind>) {
    let mut names = vec![];
    let mut kind = None;
    for t in mro(table(obj)) {
        // SAFETY: as in `name_str`: the global holding the name's literal.
        let name = as_str(*(t.name as *const *mut Obj));
        names.push(qualified_name(name));
        if kind.is_none() && t.exc_kind != 0 {
            kind = ExcKind::from_code(t.exc_kind as i64 - 1);
        }
    }
    (names, kind)
}

/// The class name of an instance.
///
/// # Safety
/// `obj` must be a live instance.
pub unsafe fn class_name(obj: *mut Obj) -> String {
    name_str(obj).replace(NESTED_CLASS_SEP, ".")
}

/// The class's own name (`Counter`, where [`class_name`] says `collections.Counter`): what
/// `type(x).__name__` and CPython's messages naming a type show.
///
/// # Safety
/// `obj` must be a live instance.
pub unsafe fn short_class_name(obj: *mut Obj) -> String {
    let name = class_name(obj);
    match name.rsplit_once('.') {
        Some((_, short)) => short.to_string(),
        None => name,
    }
}

/// The class's `__qualname__`: its name without its module (`Counter`), a nested class's
/// with its enclosing classes' (`LinkedList.Node`).
///
/// # Safety
/// `obj` must be a live instance.
pub unsafe fn class_qualname(obj: *mut Obj) -> String {
    natrix_abi::class_qualname(name_str(obj))
}

/// The builtin exception an instance's class derives from, if any.
///
/// # Safety
/// `obj` must be a live instance.
pub unsafe fn exc_kind(obj: *mut Obj) -> Option<ExcKind> {
    let k = table(obj).exc_kind;
    (k != 0).then(|| ExcKind::from_code(k as i64 - 1)).flatten()
}

/// Whether the class of instance `obj` is the class with table address `want` or derives from
/// it.
///
/// # Safety
/// `obj` must be a live instance.
pub unsafe fn derives_from(obj: *mut Obj, want: usize) -> bool {
    mro(table(obj)).any(|t| t as *const ClassTable as usize == want)
}

/// The class of table `t`, then the classes after it in its method resolution order.
///
/// # Safety
/// `t` must be a class table codegen emitted.
unsafe fn mro(t: &'static ClassTable) -> impl Iterator<Item = &'static ClassTable> {
    let after = t.mro as *const usize;
    // SAFETY: `mro` is the address of a constant list of table addresses ended by 0.
    let rest = (0..)
        .map(move |i| unsafe { *after.add(i) })
        .take_while(|&a| a != 0)
        .map(|a| unsafe { &*(a as *const ClassTable) });
    std::iter::once(t).chain(rest)
}

/// CPython's `str()` / `repr()` of an exception instance without `__str__` / `__repr__`, from
/// its `args` (attribute slot 0 of every exception class): `''`, the one argument's str, or the
/// tuple's repr; `Name(arg, …)`.
unsafe fn exc_default_text(obj: *mut Obj, repr: bool) -> *mut Obj {
    let (kind, bits) = item(obj, INSTANCE_FIRST_SLOT as usize);
    let args = if kind == ElemKind::Obj {
        bits as *mut Obj
    } else {
        std::ptr::null_mut()
    };
    let n = if args.is_null() {
        0
    } else {
        crate::tuple::len(args)
    };
    let item_text = |i: usize, as_repr: bool| -> Option<String> {
        let (k, b) = item(args, i);
        if k == ElemKind::Obj && !as_repr {
            let s = crate::exc_obj::nx_obj_str(b as *mut Obj);
            if s.is_null() {
                return None;
            }
            let text = as_str(s).to_string();
            crate::list::decref(s);
            return Some(text);
        }
        let mut out = String::new();
        crate::list::val_repr(crate::list::val(k, b), &mut out).then_some(out)
    };
    let text = if repr {
        let mut parts = vec![];
        for i in 0..n {
            match item_text(i, true) {
                Some(s) => parts.push(s),
                None => return std::ptr::null_mut(),
            }
        }
        format!("{}({})", short_class_name(obj), parts.join(", "))
    } else if n == 0 {
        String::new()
    } else if n == 1 {
        // `KeyError.__str__` shows its one argument's repr, for subclasses too.
        let key_error = exc_kind(obj) == Some(natrix_abi::ExcKind::KeyError);
        match item_text(0, key_error) {
            Some(s) => s,
            None => return std::ptr::null_mut(),
        }
    } else {
        return crate::list::nx_obj_repr(args);
    };
    new_str(&text)
}

/// `super().__str__()` (`which` 0) or `super().__repr__()` (1) in a class no base of which
/// defines it: `BaseException`'s text from the instance's `args` for an exception class;
/// otherwise `object`'s: `repr(obj)` (its class's `__repr__`, if any) for `__str__`, the
/// default `<__main__.Name object at 0x…>` for `__repr__`.
///
/// # Safety
/// `obj` must be a live instance.
#[no_mangle]
pub unsafe extern "C" fn nx_instance_base_text(obj: *mut Obj, which: i64) -> *mut Obj {
    let repr = which >> 1 != 0;
    if table(obj).exc_kind != 0 {
        return exc_default_text(obj, repr);
    }
    if repr {
        nx_instance_default_repr(obj)
    } else {
        instance_repr_slot(obj)
    }
}

/// `<__main__.Name object at 0x…>`, ignoring any `__repr__`.
unsafe fn nx_instance_default_repr(obj: *mut Obj) -> *mut Obj {
    new_str(&format!(
        "<{} object at {:#x}>",
        qualified_class_name(obj),
        obj as usize
    ))
}

/// The module-qualified name of an instance's class, as `<class '…'>` shows it
/// (`__main__.LinkedList.Node`, `collections.Counter`).
///
/// # Safety
/// `obj` must be a live instance.
pub unsafe fn qualified_class_name(obj: *mut Obj) -> String {
    qualified_name(name_str(obj))
}

/// The name a class object shows for a class named `name` in the program: `__main__.Point`
/// for the program's own, a library class's as it is (`collections.Counter`), and the
/// builtins' without their module (`object`, written in `stdlib/builtins.py`).
pub fn qualified_name(name: &str) -> String {
    if name.contains(NESTED_CLASS_SEP) {
        format!("__main__.{}", name.replace(NESTED_CLASS_SEP, "."))
    } else if let Some(builtin) = name.strip_prefix("builtins.") {
        builtin.to_string()
    } else if name.contains('.') {
        name.to_string()
    } else {
        format!("__main__.{name}")
    }
}

/// `__hash__` when the class defines it; unhashable when it defines only `__eq__`; else
/// CPython's `_Py_HashPointer` (the address rotated right by 4 bits).
unsafe fn instance_hash_slot(obj: *mut Obj) -> i64 {
    let t = table(obj);
    if t.hash != 0 {
        // SAFETY: the compiler stored the address of a function of exactly this signature.
        let f: HashCode = std::mem::transmute::<usize, HashCode>(t.hash);
        let h = f(1, obj);
        if h == INT_ERROR {
            return h;
        }
        let r = crate::int::nx_hash_result(h);
        crate::list::decref_elem(natrix_abi::ElemKind::Int, h);
        return r;
    }
    if t.unhashable != 0 {
        raise(
            ExcKind::TypeError,
            format!("unhashable type: '{}'", short_class_name(obj)),
        );
        return INT_ERROR;
    }
    let y = (obj as usize).rotate_right(4) as i64;
    let y = if y == -1 { -2 } else { y };
    crate::int::make_int(y as i128)
}

/// `__eq__` when both are instances of one class hierarchy (which shares one attribute
/// layout): the left operand's class's, else the right one's reflected; identity otherwise.
unsafe fn instance_eq_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    if std::ptr::eq(a, b) {
        return 1;
    }
    instance_eq(a, b)
}

/// `a == b` of instance `a` as the `==` operator asks it (no identity shortcut, which only
/// containers take; identity where no class has `__eq__`): 0/1, -1 after raising.
///
/// # Safety
/// `a` must be a live instance, `b` null (None) or a live object.
pub(crate) unsafe fn instance_eq(a: *mut Obj, b: *mut Obj) -> i64 {
    let same = i64::from(std::ptr::eq(a, b));
    let b_instance = !b.is_null() && is_instance(b);
    if !b_instance || !takes(a, b, false) {
        // Another type: the `__eq__` compiled for any other operand, of either side
        // (CPython's reflection), else identity.
        return match (table(a).eq_dyn, b_instance) {
            (0, true) if table(b).eq_dyn != 0 => call_eq(table(b).eq_dyn, b, a),
            (0, _) => same,
            (eq, _) => call_eq(eq, a, b),
        };
    }
    match (table(a).eq, table(b).eq) {
        (0, 0) => same,
        (0, eq) => call_eq(eq, b, a),
        (eq, _) => call_eq(eq, a, b),
    }
}

/// Calls a compiled `__eq__` (`ClassTable::eq` or `eq_dyn`; `__lt__`, `__gt__`): 0 or 1, -1
/// after raising (also of one that always raises, whose result means nothing).
unsafe fn call_eq(code: usize, x: *mut Obj, y: *mut Obj) -> i64 {
    // SAFETY: the compiler stored the address of a function of exactly this signature.
    let f: EqCode = std::mem::transmute::<usize, EqCode>(code);
    let r = f(1, x, y);
    if crate::exc::nx_err_pending != 0 {
        return -1;
    }
    match r {
        0 => 0,
        1 => 1,
        _ => -1,
    }
}

/// `a == b` where `a` is an instance and `b` a value of another type (a number, None, a str, a
/// container: a dynamic value, borrowed): `a`'s `__eq__` compiled for any operand, when the
/// class has one (`ClassTable::eq_dyn`); else None, and the caller's answer stands (CPython's
/// identity, or the other operand's own `__eq__`).
///
/// # Safety
/// `a` must be a live instance, `b` null or a live object.
pub(crate) unsafe fn eq_other(a: *mut Obj, b: *mut Obj) -> Option<Result<bool, ()>> {
    match table(a).eq_dyn {
        0 => None,
        eq => Some(match call_eq(eq, a, b) {
            -1 => Err(()),
            r => Ok(r == 1),
        }),
    }
}

/// Whether `eq` (`order` false) or `lt` and `gt` of the class of instance `a` were compiled
/// for an `other` operand like instance `b`: one deriving from the class their table names.
unsafe fn takes(a: *mut Obj, b: *mut Obj, order: bool) -> bool {
    let t = table(a);
    let operand = match order {
        false => t.eq_operand,
        true => t.order_operand,
    };
    derives_from(
        b,
        if operand == 0 {
            t as *const ClassTable as usize
        } else {
            operand
        },
    )
}

/// `__lt__` of each operand's class (`a < b`, then `b < a`; `b > a` for a class with only
/// `__gt__`): -1, 0 or 1; TypeError naming the classes without either, or of two class
/// hierarchies (each class's `__lt__` was compiled for the other operand of its own).
unsafe fn instance_compare_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    match less(a, b) {
        1 => -1,
        0 => match less(b, a) {
            0 => 0,
            1 => 1,
            _ => crate::object::CMP_ERROR,
        },
        _ => crate::object::CMP_ERROR,
    }
}

/// `a < b` where either is an instance, as sorting asks it (once per comparison, as
/// CPython's sort does): `a.__lt__(b)`, else `b.__gt__(a)`; 0/1, -1 after raising
/// (CPython's TypeError where neither has the method).
///
/// # Safety
/// `a` and `b` must be live objects, one of them an instance.
pub(crate) unsafe fn less(a: *mut Obj, b: *mut Obj) -> i64 {
    let ordered = |o: *mut Obj| is_instance(o) && (table(o).lt != 0 || table(o).gt != 0);
    if !(ordered(a) && ordered(b) && takes(a, b, true) && takes(b, a, true)) {
        return match less_other(a, b, false) {
            Some(r) => r,
            None => {
                let name = |o: *mut Obj| crate::list::type_name(crate::dynamic::unbox(o));
                crate::object::not_orderable(&name(a), &name(b));
                -1
            }
        };
    }
    if table(a).lt != 0 {
        call_eq(table(a).lt, a, b)
    } else if table(b).gt != 0 {
        call_eq(table(b).gt, b, a)
    } else {
        crate::object::not_orderable(&short_class_name(a), &short_class_name(b));
        -1
    }
}

/// Orders `a` and `b` (dynamic values, one of them an instance) where they are not two
/// instances of one ordered hierarchy: `a < b` by `a`'s `__lt__` compiled for any operand
/// (`ClassTable::lt_dyn`), else `b`'s `__gt__`, as CPython reflects it; then `b < a` the
/// same way. A -1/0/1 ordering; CPython's TypeError where neither side has the method.
///
/// # Safety
/// `a` and `b` must be null (None) or live objects, one of them an instance.
pub(crate) unsafe fn order_other(a: *mut Obj, b: *mut Obj) -> i64 {
    match less_other(a, b, false) {
        None => {
            let name = |o: *mut Obj| crate::list::type_name(crate::dynamic::unbox(o));
            return crate::object::not_orderable(&name(a), &name(b));
        }
        Some(1) => return -1,
        Some(0) => {}
        Some(_) => return crate::object::CMP_ERROR,
    }
    match less_other(b, a, false) {
        None | Some(0) => 0,
        Some(1) => 1,
        Some(_) => crate::object::CMP_ERROR,
    }
}

/// `x < y` of dynamic values, one of them an instance, by the methods compiled for any
/// operand: `x.__lt__(y)`, else `y.__gt__(x)` (that one first for `y > x`: `gt_first`);
/// 0/1, -1 after raising, None when neither has the method.
///
/// # Safety
/// `x` and `y` must be null (None) or live objects.
pub(crate) unsafe fn less_other(x: *mut Obj, y: *mut Obj, gt_first: bool) -> Option<i64> {
    let inst = |o: *mut Obj| !o.is_null() && is_instance(o);
    let lt = (inst(x) && table(x).lt_dyn != 0).then(|| (table(x).lt_dyn, x, y));
    let gt = (inst(y) && table(y).gt_dyn != 0).then(|| (table(y).gt_dyn, y, x));
    let (code, this, other) = if gt_first { gt.or(lt) } else { lt.or(gt) }?;
    Some(call_eq(code, this, other))
}

/// Whether dynamic values `x` and `y` are two instances of one class hierarchy that orders
/// them with the methods compiled for it (`ClassTable::lt`, `gt`).
///
/// # Safety
/// `x` and `y` must be null (None) or live objects.
pub(crate) unsafe fn same_ordered(x: *mut Obj, y: *mut Obj) -> bool {
    let ordered =
        |o: *mut Obj| !o.is_null() && is_instance(o) && (table(o).lt != 0 || table(o).gt != 0);
    ordered(x) && ordered(y) && takes(x, y, true) && takes(y, x, true)
}

/// The instances a dataclass's generated `__repr__` is running on: a second call on one of
/// them (a dataclass that contains itself) prints `...`, as CPython's
/// `reprlib.recursive_repr` does.
static REPR_RUNNING: crate::global::Global<Vec<*mut Obj>> = crate::global::Global::new(Vec::new());

/// A dataclass `__repr__` starting on `o`: 1 if one is running on it already, else 0 (and
/// `o` is marked until [`nx_repr_leave`]).
///
/// # Safety
/// `o` must point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_repr_enter(o: *mut Obj) -> u8 {
    let running = REPR_RUNNING.get();
    if running.contains(&o) {
        return 1;
    }
    running.push(o);
    0
}

/// The dataclass `__repr__` on `o` finished (also by raising).
///
/// # Safety
/// `o` must point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_repr_leave(o: *mut Obj) {
    let running = REPR_RUNNING.get();
    if let Some(i) = running.iter().rposition(|p| *p == o) {
        running.remove(i);
    }
}
