//! `dict`: insertion-ordered hash tables whose keys and values are 8-byte slots of the kinds
//! given at creation (see [`ElemKind`]).
//!
//! Layout: the object header, the key and value kinds, and CPython's "compact dict" structure:
//! an entries array in insertion order (24 bytes each; a deleted entry leaves a hole, hash -1,
//! dropped when the table is rebuilt, and walked past by iteration from the first live one)
//! and an index table (open addressing with CPython's perturbed probing, rebuilt with room for
//! three times the items, CPython's growth rate) whose 4-byte slots hold an entry position,
//! [`EMPTY`] or [`DUMMY`].
//! Iteration (`keys`, `values`, `items`, repr, `==`) walks the entries, so the observable order
//! is CPython's: insertion order, an update of an existing key keeps its place, a deleted then
//! re-inserted key moves to the end, and `popitem` removes the last item.
//!
//! Reference rules: the dict owns a reference to every key and value. Entry points borrow their
//! arguments and take their own references; lookups return new references; `pop` moves the
//! stored value's reference to the caller (and releases the key); replacing a value releases the
//! old one and keeps the existing key, like CPython.
//!
//! Hashing (shared with `set`): ints (big ones too), bools and floats with CPython's numeric
//! hash, so `1`, `1.0` and `True` are one key; objects through their type's `hash` slot (an
//! object without one raises TypeError "unhashable type: 'list'"); `None` a constant. Equality
//! is the list module's (`==` across numeric kinds, the `eq` slot for objects after an identity
//! test, as CPython's lookup does).
//!
//! Known differences from CPython:
//! - float keys have no identity: a NaN key can never be found again (CPython finds the very
//!   same NaN object by identity), and `hash(nan)` is 0;
//! - `update` between dicts of different key or value kinds raises RuntimeError (the compiler
//!   gives both sides the same kinds).

use crate::exc::{raise, raise_with_arg};
use crate::list::{
    decref, decref_elem, enter, incref_elem, leave, trashcan, val, val_eq, val_repr, REPR_DEPTH,
    REPR_STACK,
};
use crate::object::{free_object, track_alloc, Obj, TypeInfo};
use crate::str::{new_str, py_repr};
use crate::tuple::{item_hash, nx_tuple_init, nx_tuple_new};
use natrix_abi::{ElemKind, ExcKind};
use std::alloc::Layout;

// ---- helpers shared with `set` ----

/// The hash of an element (never -1), or `Err` after raising (an unhashable object).
///
/// # Safety
/// `bits` must be a valid element of `kind`.
#[inline]
pub(crate) unsafe fn hash_elem(kind: ElemKind, bits: i64) -> Result<i64, ()> {
    // An int, the most common key, without the call.
    if kind == ElemKind::Int {
        return Ok(crate::tuple::int_item_hash(bits));
    }
    item_hash(kind, bits)
}

/// Python `a == b` for two elements as a hash table compares keys: identity first (the same
/// bits of the same kind, except floats, which have no identity here), then `==`.
///
/// # Safety
/// The bits must be valid elements of their kinds.
pub(crate) unsafe fn elem_eq(ka: ElemKind, a: i64, kb: ElemKind, b: i64) -> Result<bool, ()> {
    if ka == kb && a == b && ka != ElemKind::Float {
        return Ok(true);
    }
    val_eq(val(ka, a), val(kb, b))
}

/// Raises `KeyError(key)`: the message (and the argument's repr) is `repr(key)`. A key that
/// is neither a number, a bool, None nor a str (a tuple, a frozenset, an instance) is kept
/// in the exception's `args` as itself (`e.args[0] == key`).
///
/// # Safety
/// `bits` must be a valid element of `kind`.
pub(crate) unsafe fn key_error(kind: ElemKind, bits: i64) {
    let v = val(kind, bits);
    if let crate::list::Val::Obj(o) = v {
        if !o.is_null() && !std::ptr::eq((*o).ty, &crate::str::STR_TYPE) {
            let args = crate::tuple::nx_tuple_new(1);
            if args.is_null() {
                return;
            }
            crate::tuple::nx_tuple_init(args, 0, ElemKind::Obj as i64, o as i64);
            let code = (ExcKind::KeyError as i64) << 1;
            let exc = crate::exc_obj::nx_exc_new_args(code, args);
            crate::list::decref(args);
            if !exc.is_null() {
                crate::exc_obj::nx_exc_reraise(exc);
                crate::list::decref(exc);
            }
            return;
        }
    }
    let mut s = String::new();
    if val_repr(v, &mut s) {
        raise_with_arg(ExcKind::KeyError, s.clone(), s);
    }
}

/// Raises `KeyError(msg)` for a message string (shown quoted, as CPython shows it).
pub(crate) fn key_error_msg(msg: &str) {
    let r = py_repr(msg);
    raise_with_arg(ExcKind::KeyError, r.clone(), r);
}

/// An `ElemKind` code from generated code, or RuntimeError.
pub(crate) fn kind_arg(code: i64, what: &str) -> Option<ElemKind> {
    let k = ElemKind::from_code(code);
    if k.is_none() {
        raise(
            ExcKind::RuntimeError,
            format!("natrix: bad {what} element kind {code}"),
        );
    }
    k
}

/// Allocates a tracked object of type `T` holding `value`, or raises MemoryError.
pub(crate) fn alloc_obj<T>(value: T) -> *mut T {
    // SAFETY: `T` starts with an object header and is not zero-sized.
    unsafe {
        // Dicts and sets are tracked by the cycle collector.
        let p = crate::gc::alloc(Layout::new::<T>()) as *mut T;
        if p.is_null() {
            raise(ExcKind::MemoryError, "");
            return p;
        }
        track_alloc();
        p.write(value);
        p
    }
}

// ---- the object ----

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// An item. No key hashes to -1 (Python's hashes never do), so a hash of -1 marks a deleted
/// item's hole.
#[derive(Clone, Copy)]
struct Entry {
    key: i64,
    value: i64,
    hash: i64,
}

const HOLE: Entry = Entry {
    key: 0,
    value: 0,
    hash: -1,
};

impl Entry {
    #[inline]
    fn live(&self) -> bool {
        self.hash != HOLE.hash
    }
}

/// A dict object.
#[repr(C)]
pub struct DictObj {
    pub hdr: Obj,
    pub(crate) key_kind: ElemKind,
    pub(crate) val_kind: ElemKind,
    /// Live items.
    used: usize,
    /// Index slots that are not [`EMPTY`] (live or [`DUMMY`]).
    fill: usize,
    /// Insertion order; a [`HOLE`] for a deleted item. Never ends with a hole.
    entries: Vec<Entry>,
    /// No live entry comes before this position: iteration starts here, so a dict that
    /// keeps deleting its first item (a queue, a bounded cache) does not walk the holes.
    first: usize,
    /// Empty, or a power-of-two number of slots.
    indices: Vec<i32>,
    /// For a `collections.defaultdict`: the prototype default value (of the value kind; an
    /// empty container is copied for every missing key, anything else shared) and the
    /// factory's name, a str.
    pub(crate) factory: Option<(i64, *mut Obj)>,
}

/// The `dict` type.
pub static DICT_TYPE: TypeInfo = TypeInfo {
    name: "dict",
    dealloc: dict_dealloc,
    traverse: Some(dict_traverse),
    clear: Some(dict_clear_slot),
    repr: Some(dict_repr_slot),
    str: None,
    hash: None,
    eq: Some(dict_eq_slot),
    compare: None,
};

/// Is `obj` a dict?
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn is_dict(obj: *const Obj) -> bool {
    std::ptr::eq((*obj).ty, &DICT_TYPE)
}

/// The element kinds of a dict's keys and values.
///
/// # Safety
/// `d` must be a live dict.
pub(crate) unsafe fn kinds(d: *mut Obj) -> (ElemKind, ElemKind) {
    let d = d as *mut DictObj;
    ((*d).key_kind, (*d).val_kind)
}

fn new_dict(key_kind: ElemKind, val_kind: ElemKind) -> *mut DictObj {
    alloc_obj(DictObj {
        hdr: Obj {
            refcnt: 1,
            ty: &DICT_TYPE,
        },
        key_kind,
        val_kind,
        used: 0,
        fill: 0,
        entries: Vec::new(),
        first: 0,
        indices: Vec::new(),
        factory: None,
    })
}

unsafe fn dict_dealloc(obj: *mut Obj) {
    trashcan(obj, dict_release);
}

unsafe fn dict_release(obj: *mut Obj) {
    let d = obj as *mut DictObj;
    let entries = std::mem::take(ents(d));
    let (kk, vk) = ((*d).key_kind, (*d).val_kind);
    let factory = (*d).factory.take();
    std::ptr::drop_in_place(d);
    free_object(obj, Layout::new::<DictObj>());
    for e in entries.into_iter().filter(Entry::live) {
        decref_elem(kk, e.key);
        decref_elem(vk, e.value);
    }
    if let Some((proto, name)) = factory {
        decref_elem(vk, proto);
        decref(name);
    }
}

unsafe fn dict_clear_slot(obj: *mut Obj) {
    nx_dict_clear(obj);
}

unsafe fn dict_traverse(obj: *mut Obj, visit: &mut dyn FnMut(*mut Obj)) {
    let d = obj as *mut DictObj;
    for e in ents(d).iter().filter(|e| e.live()) {
        if (*d).key_kind == ElemKind::Obj {
            visit(e.key as *mut Obj);
        }
        if (*d).val_kind == ElemKind::Obj {
            visit(e.value as *mut Obj);
        }
    }
}

// ---- the table ----

#[inline]
unsafe fn ents<'a>(d: *mut DictObj) -> &'a mut Vec<Entry> {
    &mut (*d).entries
}

#[inline]
unsafe fn idx<'a>(d: *mut DictObj) -> &'a mut Vec<i32> {
    &mut (*d).indices
}

/// The probe sequence of CPython's dict (and of sets after their linear probes).
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            i: hash as u64 as usize & mask,
            perturb: hash as u64,
            mask,
        }
    }
    fn next(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = self
            .i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & self.mask;
    }
}

/// Where a key is: its entry position and index slot, or `None`.
unsafe fn lookup(
    d: *mut DictObj,
    kind: ElemKind,
    key: i64,
    hash: i64,
) -> Result<Option<(usize, usize)>, ()> {
    let kk = (*d).key_kind;
    lookup_by(d, hash, |stored| elem_eq(kk, stored, kind, key))
}

/// [`lookup`] with the key given by its hash and a test of a stored key.
#[inline]
pub(crate) unsafe fn lookup_by(
    d: *mut DictObj,
    hash: i64,
    mut eq: impl FnMut(i64) -> Result<bool, ()>,
) -> Result<Option<(usize, usize)>, ()> {
    if idx(d).is_empty() {
        return Ok(None);
    }
    let mut p = Probe::new(hash, idx(d).len() - 1);
    loop {
        let ix = idx(d)[p.i];
        if ix == EMPTY {
            return Ok(None);
        }
        if ix >= 0 {
            let e = ents(d)[ix as usize];
            if e.hash == hash && eq(e.key)? {
                return Ok(Some((ix as usize, p.i)));
            }
        }
        p.next();
    }
}

/// The first empty or dummy index slot on `hash`'s probe sequence.
fn free_slot(indices: &[i32], hash: i64) -> usize {
    let mut p = Probe::new(hash, indices.len() - 1);
    while indices[p.i] >= 0 {
        p.next();
    }
    p.i
}

/// Rebuilds the index table for at least `used + 1` items, compacting the entries.
unsafe fn rebuild(d: *mut DictObj) {
    let d = &mut *d;
    d.entries.retain(Entry::live);
    d.first = 0;
    // (CPython's growth rate: room for three times the items, so that a dict that keeps
    // deleting and inserting, as a bounded cache does, rebuilds only every so often.)
    let mut size = MIN_SIZE;
    while size <= d.used * 3 {
        size *= 2;
    }
    if size > i32::MAX as usize {
        crate::exc::fatal("natrix: a dict too large for its index table (2**31 slots)");
    }
    let mut indices = vec![EMPTY; size];
    for (n, e) in d.entries.iter().enumerate() {
        let s = free_slot(&indices, e.hash);
        indices[s] = n as i32;
    }
    d.indices = indices;
    d.fill = d.used;
}

/// Appends a new item, taking over the caller's references to `key` and `value`.
unsafe fn insert_new(d: *mut DictObj, key: i64, value: i64, hash: i64) {
    let limit = idx(d).len() * 2 / 3;
    if (*d).fill + 1 > limit || ents(d).len() + 1 > limit {
        rebuild(d);
    }
    let s = free_slot(idx(d), hash);
    if idx(d)[s] == EMPTY {
        (*d).fill += 1;
    }
    debug_assert!(hash != HOLE.hash);
    let n = ents(d).len() as i32;
    idx(d)[s] = n;
    ents(d).push(Entry { key, value, hash });
    (*d).used += 1;
}

/// Removes the item at entry `n`, index slot `slot`, returning it (its references move to the
/// caller).
unsafe fn remove_at(d: *mut DictObj, n: usize, slot: usize) -> Entry {
    let d = &mut *d;
    let e = std::mem::replace(&mut d.entries[n], HOLE);
    d.indices[slot] = DUMMY;
    d.used -= 1;
    while d.entries.last().is_some_and(|e| !e.live()) {
        d.entries.pop();
    }
    if n == d.first {
        while d.entries.get(d.first).is_some_and(|e| !e.live()) {
            d.first += 1;
        }
    }
    d.first = d.first.min(d.entries.len());
    e
}

/// `d[key] = value` with a known hash; borrows both.
unsafe fn set_item(d: *mut DictObj, key: i64, value: i64, hash: i64) -> Result<(), ()> {
    let kk = (*d).key_kind;
    let found = lookup(d, kk, key, hash)?;
    let key = || {
        incref_elem(kk, key);
        Some(key)
    };
    store_at(d, hash, found, key, value);
    Ok(())
}

/// [`set_item`] once the key is looked up: `key` gives a new reference to it (or `None` after
/// MemoryError) if it has to be stored.
pub(crate) unsafe fn store_at(
    d: *mut DictObj,
    hash: i64,
    found: Option<(usize, usize)>,
    key: impl FnOnce() -> Option<i64>,
    value: i64,
) {
    let vk = (*d).val_kind;
    match found {
        Some((n, _)) => {
            incref_elem(vk, value);
            let e = &mut ents(d)[n];
            let old = std::mem::replace(&mut e.value, value);
            decref_elem(vk, old);
        }
        None => {
            if let Some(key) = key() {
                incref_elem(vk, value);
                insert_new(d, key, value, hash);
            }
        }
    }
}

/// Finds `key` (of the dict's key kind), hashing it.
#[inline]
unsafe fn find(d: *mut DictObj, key: i64) -> Result<Option<(usize, usize)>, ()> {
    let kind = (*d).key_kind;
    if kind == ElemKind::Int && crate::int::is_small(key) {
        return Ok(find_small_int(d, key));
    }
    let hash = hash_elem(kind, key)?;
    lookup(d, kind, key, hash)
}

/// [`lookup`] of a small int in a dict of ints (`tasks[ident]`): its hash computed inline,
/// and keys compared as words (small ints are canonical and a big int never equals one).
unsafe fn find_small_int(d: *mut DictObj, key: i64) -> Option<(usize, usize)> {
    if idx(d).is_empty() {
        return None;
    }
    let mut p = Probe::new(crate::int::int_hash(key >> 1), idx(d).len() - 1);
    loop {
        let ix = idx(d)[p.i];
        if ix == EMPTY {
            return None;
        }
        if ix >= 0 && ents(d)[ix as usize].key == key {
            return Some((ix as usize, p.i));
        }
        p.next();
    }
}

unsafe fn value_at(d: *mut DictObj, n: usize) -> i64 {
    ents(d)[n].value
}

/// The live entries, in insertion order (a snapshot).
unsafe fn live(d: *mut DictObj) -> Vec<Entry> {
    ents(d).iter().filter(|e| e.live()).copied().collect()
}

// ---- repr and == ----

unsafe fn dict_repr_into(d: *mut DictObj, out: &mut String) -> bool {
    if let Some((_, name)) = (*d).factory {
        // `defaultdict(<class 'list'>, {...})`.
        let name = crate::str::as_str(name);
        if let Some(function) = name.strip_prefix("function ") {
            out.push_str(&format!("defaultdict(<function {function} at {d:p}>, "));
        } else {
            out.push_str(&format!("defaultdict(<class '{name}'>, "));
        }
        let ok = items_repr_into(d, out);
        out.push(')');
        return ok;
    }
    items_repr_into(d, out)
}

unsafe fn items_repr_into(d: *mut DictObj, out: &mut String) -> bool {
    if (*d).used == 0 {
        out.push_str("{}");
        return true;
    }
    let obj = d as *mut Obj;
    if REPR_STACK.get().contains(&obj) {
        out.push_str("{...}");
        return true;
    }
    if !enter(REPR_DEPTH) {
        return false;
    }
    REPR_STACK.get().push(obj);
    out.push('{');
    let mut ok = true;
    let (kk, vk) = ((*d).key_kind, (*d).val_kind);
    for (i, e) in live(d).into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if !val_repr(val(kk, e.key), out) {
            ok = false;
            break;
        }
        out.push_str(": ");
        if !val_repr(val(vk, e.value), out) {
            ok = false;
            break;
        }
    }
    out.push('}');
    REPR_STACK.get().pop();
    leave();
    ok
}

unsafe fn dict_repr_slot(obj: *mut Obj) -> *mut Obj {
    let mut s = String::new();
    if dict_repr_into(obj as *mut DictObj, &mut s) {
        new_str(&s)
    } else {
        std::ptr::null_mut()
    }
}

/// `a == b`: the same keys, with equal values (in any order).
unsafe fn dict_eq(a: *mut DictObj, b: *mut DictObj) -> Result<bool, ()> {
    if a == b {
        return Ok(true);
    }
    if (*a).used != (*b).used {
        return Ok(false);
    }
    if !enter(" in comparison") {
        return Err(());
    }
    let mut r = Ok(true);
    for e in live(a) {
        let found = match lookup(b, (*a).key_kind, e.key, e.hash) {
            Ok(f) => f,
            Err(()) => {
                r = Err(());
                break;
            }
        };
        let Some((n, _)) = found else {
            r = Ok(false);
            break;
        };
        let bv = value_at(b, n);
        match elem_eq((*a).val_kind, e.value, (*b).val_kind, bv) {
            Ok(true) => {}
            other => {
                r = other;
                break;
            }
        }
    }
    leave();
    r
}

unsafe fn dict_eq_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    if !is_dict(b) {
        return 0;
    }
    match dict_eq(a as *mut DictObj, b as *mut DictObj) {
        Ok(r) => r as i64,
        Err(()) => -1,
    }
}

// ---- entry points ----

/// A new empty dict with keys of kind `key_kind` and values of kind `val_kind` (`ElemKind`
/// codes).
#[no_mangle]
pub unsafe extern "C" fn nx_dict_new(key_kind: i64, val_kind: i64) -> *mut Obj {
    let (Some(kk), Some(vk)) = (
        kind_arg(key_kind, "dict key"),
        kind_arg(val_kind, "dict value"),
    ) else {
        return std::ptr::null_mut();
    };
    new_dict(kk, vk) as *mut Obj
}

/// `d[k] = v`: the dict takes its own references (keeping an existing equal key).
///
/// # Safety
/// `d` must be a live dict, `k` and `v` valid elements of its kinds.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_set(d: *mut Obj, k: i64, v: i64) {
    let d = d as *mut DictObj;
    if let Ok(hash) = hash_elem((*d).key_kind, k) {
        let _ = set_item(d, k, v, hash);
    }
}

/// `dict(pairs)` of a list of lists: ValueError unless the list, item `index` of `pairs`, has
/// two items (a key and its value).
///
/// # Safety
/// `pair` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_pair_check(pair: *mut Obj, index: i64) {
    let n = (*(pair as *mut crate::list::ListObj)).len;
    let index = crate::int::small(index).unwrap_or(0);
    if n != 2 {
        raise(
            ExcKind::ValueError,
            format!("dictionary update sequence element #{index} has length {n}; 2 is required"),
        );
    }
}

/// The value under `key` (of the dict's key kind), borrowed, or `None` when there is none;
/// `Err` after raising (a key's `__eq__` or `__hash__`).
///
/// # Safety
/// `d` must be a live dict, `key` a valid element of its key kind.
pub(crate) unsafe fn get_borrowed(d: *mut Obj, key: i64) -> Result<Option<i64>, ()> {
    let d = d as *mut DictObj;
    Ok(find(d, key)?.map(|(n, _)| value_at(d, n)))
}

/// `d[k]` as a new reference; KeyError with the key's repr.
///
/// # Safety
/// `d` must be a live dict, `k` a valid element of its key kind.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_get(d: *mut Obj, k: i64) -> i64 {
    let d = d as *mut DictObj;
    let kk = (*d).key_kind;
    match find(d, k) {
        Ok(found) => get_at(d, found, || {
            incref_elem(kk, k);
            Some(k)
        }),
        Err(()) => 0,
    }
}

/// [`nx_dict_get`] once the key is looked up: `key` gives a new reference to it (or `None`
/// after MemoryError), for a defaultdict's new entry or the KeyError.
pub(crate) unsafe fn get_at(
    d: *mut DictObj,
    found: Option<(usize, usize)>,
    key: impl FnOnce() -> Option<i64>,
) -> i64 {
    if let Some((n, _)) = found {
        let v = value_at(d, n);
        incref_elem((*d).val_kind, v);
        return v;
    }
    let kk = (*d).key_kind;
    let Some(k) = key() else {
        return 0;
    };
    let v = match (*d).factory {
        Some((proto, _)) => crate::defaultdict::missing(d, k, proto),
        None => {
            key_error(kk, k);
            0
        }
    };
    decref_elem(kk, k);
    v
}

/// The value found (or `default`), as a new reference: `d.get(k, default)` once looked up.
pub(crate) unsafe fn value_or(d: *mut DictObj, found: Option<(usize, usize)>, default: i64) -> i64 {
    let v = match found {
        Some((n, _)) => value_at(d, n),
        None => default,
    };
    incref_elem((*d).val_kind, v);
    v
}

/// The value slots of `d`'s live items, to replace in place (a defaultdict's fresh default).
pub(crate) unsafe fn value_slots<'a>(d: *mut DictObj) -> impl Iterator<Item = &'a mut i64> {
    ents(d)
        .iter_mut()
        .filter(|e| e.live())
        .map(|e| &mut e.value)
}

/// `d.get(k, default)` as a new reference.
///
/// # Safety
/// `d` must be a live dict, `k` and `default` valid elements of its kinds.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_get_default(d: *mut Obj, k: i64, default: i64) -> i64 {
    let d = d as *mut DictObj;
    match find(d, k) {
        Ok(found) => value_or(d, found, default),
        Err(()) => 0,
    }
}

/// `d[k] = d.get(k, default) + delta` of a dict of ints, with one lookup (the key is hashed
/// once: a key whose hash and `==` run no Python code, so the difference does not show).
///
/// # Safety
/// `d` must be a live dict of int values, `k` a valid element of its key kind.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_add_int_get(d: *mut Obj, k: i64, default: i64, delta: i64) {
    add_int(d as *mut DictObj, k, Some(default), delta);
}

/// `d[k] += delta` of a dict of ints, with one lookup: KeyError when `k` is missing, or the
/// factory's value plus `delta` for a `defaultdict`.
///
/// # Safety
/// As for [`nx_dict_add_int_get`].
#[no_mangle]
pub unsafe extern "C" fn nx_dict_add_int(d: *mut Obj, k: i64, delta: i64) {
    add_int(d as *mut DictObj, k, None, delta);
}

/// Adds `delta` to `d[k]`; a missing key starts from `default`, or else from the factory's
/// value, or else raises KeyError.
unsafe fn add_int(d: *mut DictObj, k: i64, default: Option<i64>, delta: i64) {
    let kk = (*d).key_kind;
    let Ok(hash) = hash_elem(kk, k) else {
        return;
    };
    let Ok(found) = lookup(d, kk, k, hash) else {
        return;
    };
    let key = || {
        incref_elem(kk, k);
        Some(k)
    };
    add_int_at(d, hash, found, key, default, delta);
}

/// [`add_int`] once the key is looked up: `key` gives a new reference to it (or `None` after
/// MemoryError), for storing it or for the KeyError. Inlined into each counting entry point
/// (left to itself, LLVM's choice came and went with unrelated changes: life ±3%).
#[inline(always)]
pub(crate) unsafe fn add_int_at(
    d: *mut DictObj,
    hash: i64,
    found: Option<(usize, usize)>,
    key: impl FnOnce() -> Option<i64>,
    default: Option<i64>,
    delta: i64,
) {
    let kk = (*d).key_kind;
    match found {
        Some((n, _)) => {
            let sum = crate::int::add(value_at(d, n), delta);
            if sum == natrix_abi::INT_ERROR {
                return;
            }
            let e = &mut ents(d)[n];
            let old = std::mem::replace(&mut e.value, sum);
            decref_elem(ElemKind::Int, old);
        }
        None => {
            let start = match (default, (*d).factory) {
                (Some(v), _) | (None, Some((v, _))) => v,
                (None, None) => {
                    if let Some(k) = key() {
                        key_error(kk, k);
                        decref_elem(kk, k);
                    }
                    return;
                }
            };
            let sum = crate::int::add(start, delta);
            if sum == natrix_abi::INT_ERROR {
                return;
            }
            match key() {
                Some(k) => insert_new(d, k, sum, hash),
                None => decref_elem(ElemKind::Int, sum),
            }
        }
    }
}

/// The position of the first live item at or after `pos`, or -1 (tagged ints): how a `for`
/// loop walks a dict, as CPython's dict iterators do. `left` is how many items the loop has
/// still to see of those there were at its start: finding one more is CPython's RuntimeError
/// "dictionary keys changed during iteration" (a key deleted and another added).
///
/// # Safety
/// `d` must be a live dict, `pos` and `left` valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_next(d: *mut Obj, pos: i64, left: i64) -> i64 {
    let e = ents(d as *mut DictObj);
    let start = usize::try_from(pos >> 1)
        .unwrap_or(0)
        .max((*(d as *mut DictObj)).first);
    match e.iter().skip(start).position(Entry::live) {
        Some(_) if left >> 1 <= 0 => {
            raise(
                ExcKind::RuntimeError,
                "dictionary keys changed during iteration",
            );
            natrix_abi::INT_ERROR
        }
        Some(k) => ((start + k) as i64) << 1,
        None => -2,
    }
}

/// The key of the live item at position `pos` (as [`nx_dict_next`] gave it), a new reference.
///
/// # Safety
/// `d` must be a live dict with a live item at `pos`.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_key_at(d: *mut Obj, pos: i64) -> i64 {
    let d = d as *mut DictObj;
    let e = ents(d)[(pos >> 1) as usize];
    incref_elem((*d).key_kind, e.key);
    e.key
}

/// The value of the live item at position `pos`, a new reference.
///
/// # Safety
/// As [`nx_dict_key_at`].
#[no_mangle]
pub unsafe extern "C" fn nx_dict_value_at(d: *mut Obj, pos: i64) -> i64 {
    let d = d as *mut DictObj;
    let e = ents(d)[(pos >> 1) as usize];
    incref_elem((*d).val_kind, e.value);
    e.value
}

/// `k in d`.
///
/// # Safety
/// `d` must be a live dict, `k` a valid element of its key kind.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_contains(d: *mut Obj, k: i64) -> u8 {
    matches!(find(d as *mut DictObj, k), Ok(Some(_))) as u8
}

/// `del d[k]`; KeyError with the key's repr.
///
/// # Safety
/// `d` must be a live dict, `k` a valid element of its key kind.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_del(d: *mut Obj, k: i64) {
    let d = d as *mut DictObj;
    match find(d, k) {
        Ok(Some((n, slot))) => {
            let e = remove_at(d, n, slot);
            decref_elem((*d).key_kind, e.key);
            decref_elem((*d).val_kind, e.value);
        }
        Ok(None) => key_error((*d).key_kind, k),
        Err(()) => {}
    }
}

/// `d.pop(k)`: the stored value's reference moves to the caller; KeyError when missing.
///
/// # Safety
/// `d` must be a live dict, `k` a valid element of its key kind.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_pop(d: *mut Obj, k: i64) -> i64 {
    let d = d as *mut DictObj;
    match find(d, k) {
        Ok(Some((n, slot))) => {
            let e = remove_at(d, n, slot);
            decref_elem((*d).key_kind, e.key);
            e.value
        }
        Ok(None) => {
            key_error((*d).key_kind, k);
            0
        }
        Err(()) => 0,
    }
}

/// `d.pop(k, default)`: the stored value (its reference moves to the caller) or a new reference
/// to `default`.
///
/// # Safety
/// `d` must be a live dict, `k` and `default` valid elements of its kinds.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_pop_default(d: *mut Obj, k: i64, default: i64) -> i64 {
    let d = d as *mut DictObj;
    match find(d, k) {
        Ok(Some((n, slot))) => {
            let e = remove_at(d, n, slot);
            decref_elem((*d).key_kind, e.key);
            e.value
        }
        Ok(None) => {
            incref_elem((*d).val_kind, default);
            default
        }
        Err(()) => 0,
    }
}

/// `d.setdefault(k, default)`: the stored value, or `default` after inserting it; a new
/// reference either way.
///
/// # Safety
/// `d` must be a live dict, `k` and `default` valid elements of its kinds.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_setdefault(d: *mut Obj, k: i64, default: i64) -> i64 {
    let d = d as *mut DictObj;
    let (kk, vk) = ((*d).key_kind, (*d).val_kind);
    let Ok(hash) = hash_elem(kk, k) else {
        return 0;
    };
    let v = match lookup(d, kk, k, hash) {
        Ok(Some((n, _))) => value_at(d, n),
        Ok(None) => {
            incref_elem(kk, k);
            incref_elem(vk, default);
            insert_new(d, k, default, hash);
            default
        }
        Err(()) => return 0,
    };
    incref_elem(vk, v);
    v
}

/// `d.popitem()`: the last item as a new `(key, value)` tuple; KeyError when empty.
///
/// # Safety
/// `d` must be a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_popitem(d: *mut Obj) -> *mut Obj {
    let d = d as *mut DictObj;
    let Some(&e) = ents(d).last() else {
        key_error_msg("popitem(): dictionary is empty");
        return std::ptr::null_mut();
    };
    let t = nx_tuple_new(2);
    if t.is_null() {
        return t;
    }
    let n = ents(d).len() - 1;
    // Find the index slot pointing at the last entry.
    let mut p = Probe::new(e.hash, idx(d).len() - 1);
    while idx(d)[p.i] != n as i32 {
        p.next();
    }
    remove_at(d, n, p.i);
    let (kk, vk) = ((*d).key_kind, (*d).val_kind);
    nx_tuple_init(t, 0, kk as i64, e.key);
    nx_tuple_init(t, 1, vk as i64, e.value);
    decref_elem(kk, e.key);
    decref_elem(vk, e.value);
    t
}

/// `len(d)`, tagged.
///
/// # Safety
/// `d` must be a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_len(d: *mut Obj) -> i64 {
    ((*(d as *mut DictObj)).used as i64) << 1
}

/// The kinds of a dict's keys and values, its number of live items, and their (key, value)
/// bits in insertion order (for lists of them: `runtime/src/dict_views.rs`).
///
/// # Safety
/// `d` must be a live dict, unchanged while the items are read.
pub(crate) unsafe fn live_items<'a>(
    d: *mut Obj,
) -> (
    ElemKind,
    ElemKind,
    usize,
    impl Iterator<Item = (i64, i64)> + 'a,
) {
    let d = d as *mut DictObj;
    let items = ents(d)
        .iter()
        .filter(|e| e.live())
        .map(|e| (e.key, e.value));
    ((*d).key_kind, (*d).val_kind, (*d).used, items)
}

/// An element of kind `from` as one of kind `to`: itself, or (into a dynamic slot) boxed as a
/// new reference, said by the flag; `None` for kinds that do not convert.
unsafe fn convert_elem(from: ElemKind, to: ElemKind, bits: i64) -> Option<(i64, bool)> {
    if from == to {
        Some((bits, false))
    } else if to == ElemKind::Obj {
        Some((
            crate::dynamic::boxed(crate::list::val(from, bits)) as i64,
            true,
        ))
    } else {
        None
    }
}

/// Stores the entries of `o` into `d` (a later key wins), converted to `d`'s kinds, but those
/// whose key `skip` rejects.
unsafe fn merge_into(d: *mut DictObj, o: *mut DictObj, skip: &dyn Fn(i64) -> bool) {
    let same = (*d).key_kind == (*o).key_kind && (*d).val_kind == (*o).val_kind;
    for e in live(o) {
        if skip(e.key) {
            continue;
        }
        if same {
            if set_item(d, e.key, e.value, e.hash).is_err() {
                return;
            }
            continue;
        }
        let (Some((k, own_k)), Some((v, own_v))) = (
            convert_elem((*o).key_kind, (*d).key_kind, e.key),
            convert_elem((*o).val_kind, (*d).val_kind, e.value),
        ) else {
            raise(
                ExcKind::RuntimeError,
                "natrix: merging dicts of different kinds",
            );
            return;
        };
        let r = hash_elem((*d).key_kind, k).and_then(|h| set_item(d, k, v, h));
        if own_k {
            decref_elem((*d).key_kind, k);
        }
        if own_v {
            decref_elem((*d).val_kind, v);
        }
        if r.is_err() {
            return;
        }
    }
}

/// `d.update(other)`.
///
/// # Safety
/// `d` and `other` must be live dicts.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_update(d: *mut Obj, other: *mut Obj) {
    let (d, o) = (d as *mut DictObj, other as *mut DictObj);
    if d == o || (*o).used == 0 {
        return;
    }
    merge_into(d, o, &|_| false);
}

/// A new dict of the given kinds with the entries of `d` whose key `skip` does not reject (a
/// `**kwargs` made from a `**d` of other value types).
///
/// # Safety
/// `d` must be a live dict.
pub(crate) unsafe fn copy_as(
    d: *mut Obj,
    key_kind: ElemKind,
    val_kind: ElemKind,
    skip: &dyn Fn(i64) -> bool,
) -> *mut Obj {
    let r = new_dict(key_kind, val_kind);
    if r.is_null() {
        return std::ptr::null_mut();
    }
    merge_into(r, d as *mut DictObj, skip);
    if crate::exc::pending_kind().is_some() {
        decref(r as *mut Obj);
        return std::ptr::null_mut();
    }
    r as *mut Obj
}

/// `d.copy()`: a new dict with the same items in the same order.
///
/// # Safety
/// `d` must be a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_copy(d: *mut Obj) -> *mut Obj {
    let d = d as *mut DictObj;
    let r = new_dict((*d).key_kind, (*d).val_kind);
    if r.is_null() {
        return std::ptr::null_mut();
    }
    for e in live(d) {
        incref_elem((*d).key_kind, e.key);
        incref_elem((*d).val_kind, e.value);
        insert_new(r, e.key, e.value, e.hash);
    }
    r as *mut Obj
}

/// Replaces each value `v` of `d` by `f(v)`, a new reference; stops and returns `false` when
/// `f` gives `None` (it raised). `f` must not change `d`.
///
/// # Safety
/// `d` must be a live dict.
pub(crate) unsafe fn replace_values(d: *mut Obj, mut f: impl FnMut(i64) -> Option<i64>) -> bool {
    let d = d as *mut DictObj;
    let vk = (*d).val_kind;
    for i in 0..ents(d).len() {
        let e = ents(d)[i];
        if !e.live() {
            continue;
        }
        let Some(new) = f(e.value) else {
            return false;
        };
        let old = std::mem::replace(&mut ents(d)[i].value, new);
        decref_elem(vk, old);
    }
    true
}

/// `d.copy()`: a defaultdict's copy is a defaultdict with the same factory (as is the fresh
/// value a nested defaultdict's prototype gives).
///
/// # Safety
/// `d` must be a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_copy_method(d: *mut Obj) -> *mut Obj {
    let r = nx_dict_copy(d);
    if let (false, Some((proto, name))) = (r.is_null(), (*(d as *mut DictObj)).factory) {
        crate::defaultdict::nx_dict_set_factory(r, proto, name);
    }
    r
}

/// `d.clear()`.
///
/// # Safety
/// `d` must be a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_clear(d: *mut Obj) {
    let d = d as *mut DictObj;
    let entries = std::mem::take(ents(d));
    *idx(d) = Vec::new();
    (*d).first = 0;
    (*d).used = 0;
    (*d).fill = 0;
    for e in entries.into_iter().filter(Entry::live) {
        decref_elem((*d).key_kind, e.key);
        decref_elem((*d).val_kind, e.value);
    }
}

/// `d == other` (0 with the exception pending after an error deep inside).
///
/// # Safety
/// `d` and `other` must be live dicts.
#[no_mangle]
pub unsafe extern "C" fn nx_dict_eq(d: *mut Obj, other: *mut Obj) -> u8 {
    matches!(dict_eq(d as *mut DictObj, other as *mut DictObj), Ok(true)) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict_views::{nx_dict_keys, nx_dict_values};
    use crate::exc::tests::{lock, take};
    use crate::list::nx_obj_repr;
    use crate::object::LIVE_OBJECTS;
    use crate::str::as_str;
    use std::sync::atomic::Ordering::Relaxed;

    fn live() -> i64 {
        LIVE_OBJECTS.load(Relaxed)
    }

    unsafe fn repr(o: *mut Obj) -> String {
        let s = nx_obj_repr(o);
        assert!(!s.is_null(), "{:?}", take());
        let t = as_str(s).to_string();
        decref(s);
        t
    }

    /// Sets `d[k] = v` for a str key and an int value.
    unsafe fn set_si(d: *mut Obj, k: &str, v: i64) {
        let key = new_str(k);
        nx_dict_set(d, key as i64, v << 1);
        decref(key);
    }

    unsafe fn str_key<R>(k: &str, f: impl FnOnce(i64) -> R) -> R {
        let key = new_str(k);
        let r = f(key as i64);
        decref(key);
        r
    }

    unsafe fn tuple_of(items: &[(ElemKind, i64)]) -> *mut Obj {
        let t = nx_tuple_new(items.len() as i64);
        for (i, &(k, b)) in items.iter().enumerate() {
            nx_tuple_init(t, i as i64, k as i64, b);
        }
        t
    }

    #[test]
    fn order_updates_and_methods() {
        let _g = lock();
        unsafe {
            let before = live();
            // python3 -c "d={}; d['b']=1; d['a']=2; d['c']=3; d['b']=10; del d['a']; d['a']=4
            // print(d, list(d), list(d.values()), list(d.items()))"
            let d = nx_dict_new(ElemKind::Obj as i64, ElemKind::Int as i64);
            set_si(d, "b", 1);
            set_si(d, "a", 2);
            set_si(d, "c", 3);
            set_si(d, "b", 10);
            str_key("a", |k| nx_dict_del(d, k));
            set_si(d, "a", 4);
            assert_eq!(repr(d), "{'b': 10, 'c': 3, 'a': 4}");
            let (ks, vs, its) = (
                crate::dict_views::nx_dict_keys(d),
                crate::dict_views::nx_dict_values(d),
                crate::dict_views::nx_dict_items(d),
            );
            assert_eq!(repr(ks), "['b', 'c', 'a']");
            assert_eq!(repr(vs), "[10, 3, 4]");
            assert_eq!(repr(its), "[('b', 10), ('c', 3), ('a', 4)]");
            for o in [ks, vs, its] {
                decref(o);
            }
            assert_eq!(nx_dict_len(d), 3 << 1);
            // print(d.pop('c'), d.get('zz', -1), d.setdefault('q', 7), d.setdefault('b', 99), d)
            // 3 -1 7 10 {'b': 10, 'a': 4, 'q': 7}
            assert_eq!(str_key("c", |k| nx_dict_pop(d, k)), 3 << 1);
            assert_eq!(
                str_key("zz", |k| nx_dict_get_default(d, k, -1 << 1)),
                -1 << 1
            );
            assert_eq!(str_key("q", |k| nx_dict_setdefault(d, k, 7 << 1)), 7 << 1);
            assert_eq!(str_key("b", |k| nx_dict_setdefault(d, k, 99 << 1)), 10 << 1);
            assert_eq!(repr(d), "{'b': 10, 'a': 4, 'q': 7}");
            assert_eq!(str_key("a", |k| nx_dict_contains(d, k)), 1);
            assert_eq!(str_key("c", |k| nx_dict_contains(d, k)), 0);
            assert_eq!(str_key("c", |k| nx_dict_pop_default(d, k, 5 << 1)), 5 << 1);
            // print(d.popitem(), d) -> ('q', 7) {'b': 10, 'a': 4}
            let t = nx_dict_popitem(d);
            assert_eq!(repr(t), "('q', 7)");
            decref(t);
            assert_eq!(repr(d), "{'b': 10, 'a': 4}");
            // Errors: KeyError('missing'), KeyError(3), the popitem message.
            assert_eq!(str_key("missing", |k| nx_dict_get(d, k)), 0);
            let e = crate::exc::take_pending().unwrap();
            assert_eq!(
                (e.kind, e.msg.as_str(), e.arg_repr.as_deref()),
                (ExcKind::KeyError, "'missing'", Some("'missing'"))
            );
            str_key("missing", |k| nx_dict_del(d, k));
            assert_eq!(take(), Some(("KeyError", "'missing'".into())));
            str_key("missing", |k| nx_dict_pop(d, k));
            assert_eq!(take(), Some(("KeyError", "'missing'".into())));
            let di = nx_dict_new(ElemKind::Int as i64, ElemKind::Int as i64);
            nx_dict_get(di, 3 << 1);
            assert_eq!(take(), Some(("KeyError", "3".into())));
            nx_dict_popitem(di);
            assert_eq!(
                take(),
                Some(("KeyError", "'popitem(): dictionary is empty'".into()))
            );
            // copy, update, clear, eq.
            let c = nx_dict_copy(d);
            assert_eq!(nx_dict_eq(c, d), 1);
            set_si(c, "z", 26);
            set_si(c, "b", 0);
            assert_eq!(nx_dict_eq(c, d), 0);
            nx_dict_update(d, c);
            assert_eq!(repr(d), "{'b': 0, 'a': 4, 'z': 26}");
            nx_dict_clear(c);
            assert_eq!(repr(c), "{}");
            assert_eq!(nx_dict_len(c), 0);
            set_si(c, "x", 1);
            assert_eq!(repr(c), "{'x': 1}");
            for o in [d, di, c] {
                decref(o);
            }
            assert_eq!(live(), before);
        }
    }

    #[test]
    fn keys_of_every_kind_and_repr() {
        let _g = lock();
        unsafe {
            let before = live();
            // python3 -c "g={1: 'a'}; g[1.0]='b'; g[True]='c'; print(g)" -> {1: 'c'}
            let g = nx_dict_new(ElemKind::Int as i64, ElemKind::Obj as i64);
            let (a, b) = (new_str("a"), new_str("b"));
            nx_dict_set(g, 1 << 1, a as i64);
            nx_dict_set(g, 1 << 1, b as i64);
            assert_eq!(repr(g), "{1: 'b'}");
            // Big int keys, by value.
            let x = crate::int::from_big("100000000000000000000".parse().unwrap());
            let y = crate::int::from_big("100000000000000000000".parse().unwrap());
            nx_dict_set(g, x, a as i64);
            assert_eq!(nx_dict_contains(g, y), 1);
            nx_dict_del(g, y);
            assert_eq!(nx_dict_len(g), 1 << 1);
            decref_elem(ElemKind::Int, x);
            decref_elem(ElemKind::Int, y);
            // Float keys: 1.0 finds an equal int-valued float; -0.0 == 0.0.
            let f = nx_dict_new(ElemKind::Float as i64, ElemKind::Float as i64);
            nx_dict_set(f, 0.0f64.to_bits() as i64, 2.5f64.to_bits() as i64);
            nx_dict_set(f, (-0.0f64).to_bits() as i64, 1e16f64.to_bits() as i64);
            nx_dict_set(f, 0.1f64.to_bits() as i64, f64::NAN.to_bits() as i64);
            assert_eq!(repr(f), "{0.0: 1e+16, 0.1: nan}");
            // Bool and None keys.
            let bn = nx_dict_new(ElemKind::Bool as i64, ElemKind::None as i64);
            nx_dict_set(bn, 1, 0);
            nx_dict_set(bn, 0, 0);
            assert_eq!(repr(bn), "{True: None, False: None}");
            let nb = nx_dict_new(ElemKind::None as i64, ElemKind::Bool as i64);
            nx_dict_set(nb, 0, 1);
            assert_eq!(repr(nb), "{None: True}");
            // python3 -c "print({(1, 2): 'x', 2: [1, 2]})" shape, with tuple keys (objects):
            // {(1, 2): 'x', (2, 'a'): [1, 2], (): {'n': None}}
            let t = nx_dict_new(ElemKind::Obj as i64, ElemKind::Obj as i64);
            let k1 = tuple_of(&[(ElemKind::Int, 1 << 1), (ElemKind::Int, 2 << 1)]);
            let k2 = tuple_of(&[(ElemKind::Int, 2 << 1), (ElemKind::Obj, a as i64)]);
            let k3 = tuple_of(&[]);
            let xs = new_str("x");
            let l = crate::list::nx_list_new(ElemKind::Int as i64, 0);
            crate::list::nx_list_append(l, 1 << 1);
            crate::list::nx_list_append(l, 2 << 1);
            let inner = nx_dict_new(ElemKind::Obj as i64, ElemKind::None as i64);
            str_key("n", |k| nx_dict_set(inner, k, 0));
            nx_dict_set(t, k1 as i64, xs as i64);
            nx_dict_set(t, k2 as i64, l as i64);
            nx_dict_set(t, k3 as i64, inner as i64);
            assert_eq!(repr(t), "{(1, 2): 'x', (2, 'a'): [1, 2], (): {'n': None}}");
            // An equal tuple (another object) finds the entry.
            let k1b = tuple_of(&[(ElemKind::Int, 1 << 1), (ElemKind::Int, 2 << 1)]);
            let v = nx_dict_get(t, k1b as i64);
            assert_eq!(v, xs as i64);
            decref(v as *mut Obj);
            // Unhashable key.
            nx_dict_set(t, l as i64, l as i64);
            assert_eq!(
                take(),
                Some(("TypeError", "unhashable type: 'list'".into()))
            );
            assert_eq!(nx_dict_contains(t, l as i64), 0);
            assert_eq!(take().map(|e| e.0), Some("TypeError"));
            // Equality across orders, and of values across kinds: {1: 2.0} == {1: 2}
            let t2 = nx_dict_new(ElemKind::Obj as i64, ElemKind::Obj as i64);
            nx_dict_set(t2, k3 as i64, inner as i64);
            nx_dict_set(t2, k2 as i64, l as i64);
            nx_dict_set(t2, k1b as i64, xs as i64);
            assert_eq!(nx_dict_eq(t, t2), 1);
            let i1 = nx_dict_new(ElemKind::Int as i64, ElemKind::Float as i64);
            nx_dict_set(i1, 1 << 1, 2.0f64.to_bits() as i64);
            let i2 = nx_dict_new(ElemKind::Int as i64, ElemKind::Int as i64);
            nx_dict_set(i2, 1 << 1, 2 << 1);
            assert_eq!(nx_dict_eq(i1, i2), 1);
            nx_dict_set(i2, 1 << 1, 3 << 1);
            assert_eq!(nx_dict_eq(i1, i2), 0);
            // A dict containing itself: {'s': {...}}
            let h = nx_dict_new(ElemKind::Obj as i64, ElemKind::Obj as i64);
            str_key("s", |k| nx_dict_set(h, k, h as i64));
            assert_eq!(repr(h), "{'s': {...}}");
            nx_dict_clear(h);
            for o in [
                g, a, b, f, bn, nb, t, k1, k2, k3, k1b, xs, l, inner, t2, i1, i2, h,
            ] {
                decref(o);
            }
            assert_eq!(live(), before);
        }
    }

    #[test]
    fn growth_deletes_and_popitem_lifo() {
        let _g = lock();
        unsafe {
            let before = live();
            let d = nx_dict_new(ElemKind::Int as i64, ElemKind::Int as i64);
            // Insert 0..1000, delete the multiples of 3, re-insert some, popitem a few.
            // python3 -c "d={}
            // for i in range(1000): d[i*7919 % 1000] = i
            // for i in range(0, 1000, 3): del d[i]
            // for i in range(0, 300, 9): d[i] = -i
            // p=[d.popitem() for _ in range(3)]
            // print(len(d), list(d)[:8], list(d)[-4:], p, sum(d.values()))"
            for i in 0..1000i64 {
                nx_dict_set(d, ((i * 7919) % 1000) << 1, i << 1);
            }
            for i in (0..1000i64).step_by(3) {
                nx_dict_del(d, i << 1);
            }
            for i in (0..300i64).step_by(9) {
                nx_dict_set(d, i << 1, -i << 1);
            }
            let mut pops = Vec::new();
            for _ in 0..3 {
                let t = nx_dict_popitem(d);
                pops.push(repr(t));
                decref(t);
            }
            let ks = nx_dict_keys(d);
            let keys: Vec<i64> = crate::list::items(ks as *mut crate::list::ListObj)
                .iter()
                .map(|b| b >> 1)
                .collect();
            decref(ks);
            let vs = nx_dict_values(d);
            let sum = crate::list::nx_list_sum_int(vs) >> 1;
            decref(vs);
            let got = format!(
                "{} {:?} {:?} [{}] {}",
                nx_dict_len(d) >> 1,
                &keys[..8],
                &keys[keys.len() - 4..],
                pops.join(", "),
                sum
            );
            assert_eq!(
                got,
                "697 [919, 838, 757, 676, 595, 514, 433, 352] [243, 252, 261, 270] [(297, -297), (288, -288), (279, -279)] 327708"
            );
            decref(d);
            assert_eq!(live(), before);
        }
    }
}
