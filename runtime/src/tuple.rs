//! `tuple`: immutable sequences whose items each carry their own `ElemKind`.
//!
//! Layout: one allocation of the object header, the length, `len` 8-byte item slots (the raw
//! bits of each item, as a list slot holds them: see [`ElemKind`]) and `len` kind bytes (the
//! item's `ElemKind` code). A new tuple's items are all `None` until `nx_tuple_init` sets them.
//!
//! Reference rules: the tuple owns a reference to every item. `nx_tuple_init` borrows its bits
//! and takes its own reference; `nx_tuple_get` returns a new reference; the deallocator releases
//! every item, through the list module's trashcan so deeply nested containers cannot overflow
//! the stack.
//!
//! Protocol slots: `repr` as CPython (`()`, `(1,)`, `(1, 'a')`), `eq` item by item (numbers across
//! kinds, `(1, 2) == (1.0, 2.0)`), `hash` as CPython 3.11's xxHash-based `tuplehash`, and
//! `compare` lexicographically (the first items that differ by `==` decide, else the lengths).
//!
//! Known differences from CPython:
//! - `hash(None)` is not address-based: items that are `None` hash as the constant CPython 3.12+
//!   uses (`0xFCA86420`), so `hash((None,))` is stable across runs but differs from CPython
//!   3.11's. A str item hashes with natrix's own (deterministic) str hash, so tuples holding strs
//!   hash differently from CPython's (which are randomised per process anyway);
//! - nesting deeper than the recursion limit raises RecursionError in `hash` as in `==`, `<` and
//!   `repr` (CPython has no check in `hash` and may crash);
//! - comparisons never take CPython's identity shortcut for float items (`x = float('nan');
//!   (x,) == (x,)` is False here), like lists; an ordering decided by a NaN returns 2.

use crate::exc::raise;
use crate::float::float_hash;
use crate::int::{int_hash, is_small, make_int, nx_int_hash, view, IntRef};
use crate::list::{
    cmp_code, decref, decref_elem, enter, incref_elem, leave, trashcan, val, val_cmp, val_eq,
    val_repr, REPR_DEPTH, REPR_STACK,
};
use crate::object::{free_object, not_orderable_objs, track_alloc, Obj, TypeInfo};
use crate::str::new_str;
use natrix_abi::{ElemKind, ExcKind, INT_ERROR};
use num_traits::ToPrimitive;
use std::alloc::Layout;
use std::cmp::Ordering;

/// A tuple object's fixed part; the item slots and kind bytes follow it.
#[repr(C)]
pub struct TupleObj {
    pub hdr: Obj,
    pub len: usize,
    data: [i64; 0],
}

const HEADER: usize = std::mem::size_of::<TupleObj>();
const _: () = assert!(HEADER as u64 == natrix_abi::TUPLE_HEADER_SIZE);
const _: () = assert!(std::mem::offset_of!(TupleObj, len) as u64 == natrix_abi::TUPLE_LEN_OFFSET);

/// The `tuple` type.
pub static TUPLE_TYPE: TypeInfo = TypeInfo {
    name: "tuple",
    dealloc: tuple_dealloc,
    traverse: Some(tuple_traverse),
    clear: Some(tuple_clear),
    repr: Some(tuple_repr_slot),
    str: None,
    hash: Some(tuple_hash_slot),
    eq: Some(tuple_eq_slot),
    compare: Some(tuple_compare_slot),
};

/// The type of a tuple whose items cannot refer to a tracked object (ints, floats, bools,
/// strs, None: `(x, y)` keys, `(dist, node)` heap entries): it can be part of no cycle, so the
/// cycle collector neither tracks nor traverses it (CPython untracks such tuples too).
pub static TUPLE_SCALAR_TYPE: TypeInfo = TypeInfo {
    name: "tuple",
    dealloc: tuple_dealloc,
    traverse: None,
    clear: None,
    repr: Some(tuple_repr_slot),
    str: None,
    hash: Some(tuple_hash_slot),
    eq: Some(tuple_eq_slot),
    compare: Some(tuple_compare_slot),
};

/// The hash of a `None` item: CPython 3.12+'s constant `hash(None)` (3.11 hashes None by
/// address, which no compiled program can reproduce).
pub const NONE_HASH: i64 = 0xFCA8_6420;

/// Is `obj` a tuple?
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn is_tuple(obj: *const Obj) -> bool {
    std::ptr::eq((*obj).ty, &TUPLE_TYPE) || std::ptr::eq((*obj).ty, &TUPLE_SCALAR_TYPE)
}

/// Is tuple `t` a scalar tuple ([`TUPLE_SCALAR_TYPE`])?
unsafe fn is_scalar(t: *const Obj) -> bool {
    std::ptr::eq((*t).ty, &TUPLE_SCALAR_TYPE)
}

fn layout_for(len: usize) -> Option<Layout> {
    let size = len.checked_mul(9)?.checked_add(HEADER)?;
    Layout::from_size_align(size, std::mem::align_of::<TupleObj>()).ok()
}

fn kind_from(code: u8) -> ElemKind {
    ElemKind::from_code(code as i64).unwrap_or(ElemKind::None)
}

#[inline]
unsafe fn slots(t: *const Obj) -> *mut i64 {
    (t as *mut u8).add(HEADER) as *mut i64
}

#[inline]
unsafe fn kinds(t: *const Obj) -> *mut u8 {
    slots(t).add(len(t)) as *mut u8
}

/// The number of items.
///
/// # Safety
/// `t` must be a live tuple.
#[inline]
pub unsafe fn len(t: *const Obj) -> usize {
    (*(t as *const TupleObj)).len
}

/// Item `i` (in range) as its kind and borrowed bits.
///
/// # Safety
/// `t` must be a live tuple and `i < len(t)`.
#[inline]
pub unsafe fn item(t: *const Obj, i: usize) -> (ElemKind, i64) {
    (kind_from(*kinds(t).add(i)), *slots(t).add(i))
}

/// A new tuple of `n` items, all `None`, or null with MemoryError raised.
pub fn new_tuple(n: usize) -> *mut Obj {
    new_tuple_of(n, &TUPLE_TYPE)
}

/// Writes item `i` without touching reference counts (for a fresh object: the caller owns
/// whatever reference `bits` carries).
///
/// # Safety
/// `t` must be a live tuple-like object and `i < len(t)`.
#[inline]
pub(crate) unsafe fn init_raw(t: *mut Obj, i: usize, kind: ElemKind, bits: i64) {
    *slots(t).add(i) = bits;
    *kinds(t).add(i) = kind as u8;
}

/// A new object laid out like a tuple of `n` `None` items, of type `ty` (instances of user
/// classes share the layout).
pub(crate) fn new_tuple_of(n: usize, ty: &'static TypeInfo) -> *mut Obj {
    let t = new_tuple_unfilled(n, ty);
    if !t.is_null() {
        // SAFETY: a new object of `n` items.
        unsafe { fill_none(t, n) };
    }
    t
}

/// Sets the `n` items of a new tuple-like object to `None`: for a few items by direct stores,
/// which a call of `memset` per item array would cost more than.
unsafe fn fill_none(t: *mut Obj, n: usize) {
    unsafe fn fill<const N: usize>(t: *mut Obj) {
        for i in 0..N {
            *slots(t).add(i) = 0;
            *kinds(t).add(i) = ElemKind::None as u8;
        }
    }
    match n {
        0 => {}
        1 => fill::<1>(t),
        2 => fill::<2>(t),
        3 => fill::<3>(t),
        4 => fill::<4>(t),
        5 => fill::<5>(t),
        6 => fill::<6>(t),
        _ => {
            std::ptr::write_bytes(slots(t), 0, n);
            std::ptr::write_bytes(kinds(t), ElemKind::None as u8, n);
        }
    }
}

/// [`new_tuple_of`] with the items left unwritten: the caller sets every one (with
/// [`init_raw`]) before anything else can see the object.
pub(crate) fn new_tuple_unfilled(n: usize, ty: &'static TypeInfo) -> *mut Obj {
    let Some(layout) = layout_for(n).filter(|l| l.size() <= isize::MAX as usize) else {
        raise(ExcKind::MemoryError, "");
        return std::ptr::null_mut();
    };
    // SAFETY: the layout is non-zero-sized (the header); every byte is written before use.
    unsafe {
        let t = crate::object::alloc_object(layout, ty) as *mut TupleObj;
        if t.is_null() {
            raise(ExcKind::MemoryError, "");
            return std::ptr::null_mut();
        }
        track_alloc();
        t.write(TupleObj {
            hdr: Obj { refcnt: 1, ty },
            len: n,
            data: [],
        });
        t as *mut Obj
    }
}

/// Frees a tuple-like object none of whose items holds a reference (an instance of a plain
/// class), without walking them.
///
/// # Safety
/// `obj` must be such an object that nothing references any more.
pub(crate) unsafe fn free_plain(obj: *mut Obj) {
    // The layout was valid when the object was allocated.
    free_object(obj, layout_for(len(obj)).unwrap_unchecked());
}

pub(crate) unsafe fn tuple_dealloc(obj: *mut Obj) {
    trashcan(obj, tuple_release);
}

pub(crate) unsafe fn tuple_release(t: *mut Obj) {
    let n = len(t);
    // A tuple's items last to first, as CPython; a frame's and an instance's first to last.
    if is_tuple(t) {
        for i in (0..n).rev() {
            let (kind, bits) = item(t, i);
            decref_elem(kind, bits);
        }
    } else {
        for i in 0..n {
            let (kind, bits) = item(t, i);
            decref_elem(kind, bits);
        }
    }
    // The layout was valid when the tuple was allocated.
    free_object(t, layout_for(n).unwrap_unchecked());
}

/// Releases every item, leaving `None`s (the cycle collector's `clear`).
pub(crate) unsafe fn tuple_clear(t: *mut Obj) {
    for i in 0..len(t) {
        let (kind, bits) = item(t, i);
        *slots(t).add(i) = 0;
        *kinds(t).add(i) = ElemKind::None as u8;
        decref_elem(kind, bits);
    }
}

pub(crate) unsafe fn tuple_traverse(t: *mut Obj, visit: &mut dyn FnMut(*mut Obj)) {
    for i in 0..len(t) {
        if let (ElemKind::Obj, bits) = item(t, i) {
            visit(bits as *mut Obj);
        }
    }
}

// ---- repr ----

/// Appends `repr(t)`; false after raising.
///
/// # Safety
/// `t` must be a live tuple.
pub(crate) unsafe fn tuple_repr_into(t: *mut Obj, out: &mut String) -> bool {
    let n = len(t);
    if n == 0 {
        out.push_str("()");
        return true;
    }
    // A tuple can reach itself only through a mutable container (`t = ([],); t[0].append(t)`).
    if REPR_STACK.get().contains(&t) {
        out.push_str("(...)");
        return true;
    }
    if !enter(REPR_DEPTH) {
        return false;
    }
    REPR_STACK.get().push(t);
    out.push('(');
    let mut ok = true;
    for i in 0..n {
        if i > 0 {
            out.push_str(", ");
        }
        let (kind, bits) = item(t, i);
        if !val_repr(val(kind, bits), out) {
            ok = false;
            break;
        }
    }
    if n == 1 {
        out.push(',');
    }
    out.push(')');
    REPR_STACK.get().pop();
    leave();
    ok
}

unsafe fn tuple_repr_slot(t: *mut Obj) -> *mut Obj {
    let mut s = String::new();
    if tuple_repr_into(t, &mut s) {
        new_str(&s)
    } else {
        std::ptr::null_mut()
    }
}

// ---- comparisons ----

/// `==` of two tuple items. The common cases without decoding: the same bits of one kind are
/// equal (an object is equal to itself, as in CPython's item comparison), except a NaN; two
/// small ints are equal only with the same bits.
unsafe fn item_eq(ka: ElemKind, xa: i64, kb: ElemKind, xb: i64) -> Result<bool, ()> {
    if ka == kb && xa == xb && ka != ElemKind::Float {
        return Ok(true);
    }
    if ka == ElemKind::Int && kb == ElemKind::Int && is_small(xa) && is_small(xb) {
        return Ok(false);
    }
    val_eq(val(ka, xa), val(kb, xb))
}

/// Python `a == b` for two tuples.
unsafe fn tuple_eq(a: *mut Obj, b: *mut Obj) -> Result<bool, ()> {
    if a == b {
        return Ok(true);
    }
    let n = len(a);
    if n != len(b) {
        return Ok(false);
    }
    // (Items of a scalar tuple are no containers: comparing them cannot recurse.)
    let guarded = !is_scalar(a) && !is_scalar(b);
    if guarded && !enter(" in comparison") {
        return Err(());
    }
    let mut r = Ok(true);
    for i in 0..n {
        let ((ka, xa), (kb, xb)) = (item(a, i), item(b, i));
        match item_eq(ka, xa, kb, xb) {
            Ok(true) => {}
            other => {
                r = other;
                break;
            }
        }
    }
    if guarded {
        leave();
    }
    r
}

/// Lexicographic ordering of two tuples, as CPython: the first items that differ (by `==`)
/// decide, else the lengths. `Ok(None)`: unordered (a NaN decided).
unsafe fn tuple_cmp(a: *mut Obj, b: *mut Obj) -> Result<Option<Ordering>, ()> {
    if a == b {
        return Ok(Some(Ordering::Equal));
    }
    if !enter(" in comparison") {
        return Err(());
    }
    let (na, nb) = (len(a), len(b));
    let mut i = 0;
    let r = loop {
        if i >= na || i >= nb {
            break Ok(Some(na.cmp(&nb)));
        }
        let ((ka, xa), (kb, xb)) = (item(a, i), item(b, i));
        let (x, y) = (val(ka, xa), val(kb, xb));
        match val_eq(x, y) {
            Ok(true) => i += 1,
            Ok(false) => break val_cmp(x, y),
            Err(()) => break Err(()),
        }
    };
    leave();
    r
}

unsafe fn tuple_eq_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    if !is_tuple(b) {
        return 0;
    }
    match tuple_eq(a, b) {
        Ok(r) => r as i64,
        Err(()) => -1,
    }
}

unsafe fn tuple_compare_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    if !is_tuple(b) {
        return not_orderable_objs(a, b);
    }
    cmp_code(tuple_cmp(a, b))
}

// ---- hash ----

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// The hash of one decoded value (never -1), or `Err` after raising.
pub(crate) unsafe fn item_hash_val(v: crate::list::Val) -> Result<i64, ()> {
    use crate::list::Val;
    match v {
        Val::Int(i) => item_hash(ElemKind::Int, i),
        Val::Float(f) => Ok(float_hash(f)),
        Val::Bool(b) => Ok(b as i64),
        Val::None => Ok(NONE_HASH),
        Val::Obj(o) => item_hash(ElemKind::Obj, o as i64),
    }
}

/// The hash of an int item (tagged bits): a small one's computed inline.
#[inline]
pub(crate) unsafe fn int_item_hash(bits: i64) -> i64 {
    if is_small(bits) {
        int_hash(bits >> 1)
    } else {
        // A big int's hash is below 2^61: always a small tagged int.
        nx_int_hash(bits) >> 1
    }
}

/// The hash of one item (never -1), or `Err` after raising.
pub(crate) unsafe fn item_hash(kind: ElemKind, bits: i64) -> Result<i64, ()> {
    Ok(match kind {
        ElemKind::OptInt | ElemKind::OptFloat | ElemKind::OptBool => {
            match crate::list::val(kind, bits) {
                crate::list::Val::Int(i) => return item_hash(ElemKind::Int, i),
                crate::list::Val::Float(f) => float_hash(f),
                crate::list::Val::Bool(b) => b as i64,
                _ => NONE_HASH,
            }
        }
        ElemKind::Int => int_item_hash(bits),
        ElemKind::Float => float_hash(f64::from_bits(bits as u64)),
        ElemKind::Bool => bits,
        ElemKind::None => NONE_HASH,
        // A null object is `None` (of an optional or dynamic value).
        ElemKind::Obj if bits == 0 => NONE_HASH,
        // A tuple's hash is a full 64-bit value: computed here, never boxed as an int.
        ElemKind::Obj if is_tuple(bits as *mut Obj) => tuple_hash(bits as *mut Obj)?,
        ElemKind::Obj => {
            let o = bits as *mut Obj;
            let Some(hash) = (*(*o).ty).hash else {
                raise(
                    ExcKind::TypeError,
                    format!("unhashable type: '{}'", (*(*o).ty).name),
                );
                return Err(());
            };
            let h = hash(o);
            if h == INT_ERROR {
                return Err(());
            }
            match view(h) {
                IntRef::Small(v) => v,
                IntRef::Big(b) => {
                    let v = b.to_i64().unwrap_or(0);
                    decref((h - 1) as *mut Obj);
                    v
                }
            }
        }
    })
}

/// CPython 3.11's `tuplehash` (Objects/tupleobject.c, the xxHash-based one), fed one item's
/// hash (a lane) at a time.
struct TupleHasher {
    acc: u64,
    n: usize,
}

impl TupleHasher {
    fn new() -> TupleHasher {
        TupleHasher {
            acc: XXPRIME_5,
            n: 0,
        }
    }

    fn lane(&mut self, lane: i64) {
        self.acc = self.acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
        self.n += 1;
    }

    fn finish(self) -> i64 {
        let acc = self.acc.wrapping_add(self.n as u64 ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            return 1546275796;
        }
        acc as i64
    }
}

/// The hash of a tuple, as an i64.
unsafe fn tuple_hash(t: *mut Obj) -> Result<i64, ()> {
    // (A scalar tuple holds no tuple: hashing it cannot recurse.)
    let guarded = !is_scalar(t);
    if guarded && !enter("") {
        return Err(());
    }
    let mut h = TupleHasher::new();
    let mut r = Ok(());
    for i in 0..len(t) {
        let (kind, bits) = item(t, i);
        let lane = if kind == ElemKind::Int {
            Ok(int_item_hash(bits))
        } else {
            item_hash(kind, bits)
        };
        match lane {
            Ok(lane) => h.lane(lane),
            Err(()) => {
                r = Err(());
                break;
            }
        }
    }
    if guarded {
        leave();
    }
    r.map(|()| h.finish())
}

// ---- a tuple of two ints given as its items ----

/// The hash of the tuple `(a, b)` of two ints (tagged), without making it: how a dict or set
/// looks up `(x, y)` when the tuple is needed only as the key (`grid[(x, y)]`,
/// `(x, y) in seen`); the tuple is made only if the key has to be stored.
pub(crate) unsafe fn pair_hash(a: i64, b: i64) -> i64 {
    let mut h = TupleHasher::new();
    h.lane(int_item_hash(a));
    h.lane(int_item_hash(b));
    h.finish()
}

/// Whether a stored key (element bits of `kind`) equals the tuple `(a, b)` of two ints.
pub(crate) unsafe fn pair_eq(kind: ElemKind, stored: i64, a: i64, b: i64) -> Result<bool, ()> {
    if kind != ElemKind::Obj || stored == 0 {
        return Ok(false);
    }
    let t = stored as *mut Obj;
    if !is_tuple(t) || len(t) != 2 {
        return Ok(false);
    }
    for (i, x) in [a, b].into_iter().enumerate() {
        let (k, bits) = item(t, i);
        if !item_eq(k, bits, ElemKind::Int, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The tuple `(a, b)` of two ints (a new reference), or null with MemoryError raised.
pub(crate) unsafe fn new_pair(a: i64, b: i64) -> *mut Obj {
    let t = new_tuple_unfilled(2, &TUPLE_SCALAR_TYPE);
    if !t.is_null() {
        for (i, x) in [a, b].into_iter().enumerate() {
            incref_elem(ElemKind::Int, x);
            init_raw(t, i, ElemKind::Int, x);
        }
    }
    t
}

unsafe fn tuple_hash_slot(t: *mut Obj) -> i64 {
    match tuple_hash(t) {
        Ok(h) => make_int(h as i128),
        Err(()) => INT_ERROR,
    }
}

// ---- entry points ----

/// A new tuple of `n` items, each `None` until initialised.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_new(n: i64) -> *mut Obj {
    new_tuple(n.max(0) as usize)
}

/// [`nx_tuple_new`] for a tuple whose items the compiler knows hold no reference to a
/// tracked object ([`TUPLE_SCALAR_TYPE`]).
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_new_scalar(n: i64) -> *mut Obj {
    new_tuple_of(n.max(0) as usize, &TUPLE_SCALAR_TYPE)
}

/// [`nx_tuple_new`] with its items not written: the compiled code writes every item (value
/// and kind) right after the call, before anything can look at the tuple.
#[no_mangle]
pub extern "C" fn nx_tuple_alloc(n: i64) -> *mut Obj {
    new_tuple_unfilled(n.max(0) as usize, &TUPLE_TYPE)
}

/// [`nx_tuple_new_scalar`] with its items not written, as for [`nx_tuple_alloc`].
#[no_mangle]
pub extern "C" fn nx_tuple_alloc_scalar(n: i64) -> *mut Obj {
    new_tuple_unfilled(n.max(0) as usize, &TUPLE_SCALAR_TYPE)
}

/// Sets item `index` to `bits` of kind `kind` (an `ElemKind` code), taking a reference to it
/// and releasing the item it replaces. A bad index or kind is a compiler bug: fatal.
///
/// # Safety
/// `t` must be a live tuple and `bits` a valid element of `kind`.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_init(t: *mut Obj, index: i64, kind: i64, bits: i64) {
    let Some(k) = ElemKind::from_code(kind) else {
        crate::exc::fatal(&format!("nx_tuple_init: bad element kind {kind}"));
    };
    if index < 0 || index as usize >= len(t) {
        crate::exc::fatal(&format!(
            "nx_tuple_init: index {index} out of range for a tuple of {}",
            len(t)
        ));
    }
    let i = index as usize;
    incref_elem(k, bits);
    let (old_kind, old_bits) = item(t, i);
    *slots(t).add(i) = bits;
    *kinds(t).add(i) = k as u8;
    decref_elem(old_kind, old_bits);
}

/// Item `index` (in range: the compiler checks it) as a new reference.
///
/// # Safety
/// `t` must be a live tuple and `0 <= index < len(t)`.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_get(t: *mut Obj, index: i64) -> i64 {
    let (kind, bits) = item(t, index as usize);
    incref_elem(kind, bits);
    bits
}

/// A new list of element kind `kind` (a tagged small int) holding the items of `t`, which the compiler made all of
/// one type; null with MemoryError raised.
///
/// # Safety
/// `t` must be a live tuple whose items are all of kind `kind`.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_to_list(t: *mut Obj, kind: i64) -> *mut Obj {
    let Some(kind) = ElemKind::from_code(kind >> 1) else {
        crate::exc::fatal(&format!("nx_tuple_to_list: bad element kind {kind}"));
    };
    let n = len(t);
    let l = crate::list::new_list(kind, n);
    if l.is_null() {
        return std::ptr::null_mut();
    }
    for i in 0..n {
        crate::list::nx_list_append(l as *mut Obj, item(t, i).1);
    }
    l as *mut Obj
}

/// `tuple(xs)`: a new tuple holding a list's items (new references); null with MemoryError
/// raised.
///
/// # Safety
/// `l` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_from_list(l: *mut Obj) -> *mut Obj {
    let l = l as *mut crate::list::ListObj;
    let n = (*l).len;
    let t = new_tuple(n);
    if t.is_null() {
        return t;
    }
    for i in 0..n {
        let bits = *(*l).items.add(i);
        nx_tuple_init(t, i as i64, (*l).kind as i64, bits);
    }
    t
}

/// `zip(*rows)`: a new list of tuples, the `i`th holding item `i` of every row (a list, a
/// tuple or a str), as many as the shortest row is long; null with MemoryError raised.
///
/// # Safety
/// `rows` must be a live list of lists, tuples or strs.
#[no_mangle]
pub unsafe extern "C" fn nx_zip_star(rows: *mut Obj) -> *mut Obj {
    use crate::list::ListObj;
    let rows = rows as *mut ListObj;
    let row = |k: usize| *(*rows).items.add(k) as *mut Obj;
    let is_str = |o: *mut Obj| std::ptr::eq((*o).ty, &crate::str::STR_TYPE);
    let r = (*rows).len;
    // A str row's items are its characters, as strs.
    let chars: Vec<Vec<char>> = (0..r)
        .map(|k| {
            let o = row(k);
            if is_str(o) {
                crate::str::as_str(o).chars().collect()
            } else {
                vec![]
            }
        })
        .collect();
    let row_len = |k: usize| {
        let o = row(k);
        if is_tuple(o) {
            len(o)
        } else if is_str(o) {
            chars[k].len()
        } else {
            (*(o as *mut ListObj)).len
        }
    };
    let n = (0..r).map(row_len).min().unwrap_or(0);
    let out = crate::list::new_list(ElemKind::Obj, n);
    if out.is_null() {
        return std::ptr::null_mut();
    }
    for i in 0..n {
        let t = new_tuple(r);
        if t.is_null() {
            decref(out as *mut Obj);
            return std::ptr::null_mut();
        }
        for k in 0..r {
            let o = row(k);
            if is_str(o) {
                let mut buf = [0u8; 4];
                let c = new_str(chars[k][i].encode_utf8(&mut buf));
                nx_tuple_init(t, k as i64, ElemKind::Obj as i64, c as i64);
                decref(c);
                continue;
            }
            let (kind, bits) = if is_tuple(o) {
                item(o, i)
            } else {
                let l = o as *mut ListObj;
                ((*l).kind, *(*l).items.add(i))
            };
            nx_tuple_init(t, k as i64, kind as i64, bits);
        }
        crate::list::nx_list_append(out as *mut Obj, t as i64);
        decref(t);
    }
    out as *mut Obj
}

/// `a + b`: a new tuple of the items of both (new references); null with MemoryError raised.
///
/// # Safety
/// `a` and `b` must be live tuples.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_concat(a: *mut Obj, b: *mut Obj) -> *mut Obj {
    let (n, m) = (len(a), len(b));
    let t = new_tuple(n + m);
    if t.is_null() {
        return t;
    }
    for i in 0..n {
        let (kind, bits) = item(a, i);
        nx_tuple_init(t, i as i64, kind as i64, bits);
    }
    for i in 0..m {
        let (kind, bits) = item(b, i);
        nx_tuple_init(t, (n + i) as i64, kind as i64, bits);
    }
    t
}

/// `t * n`: a new tuple of the items `n` times over (empty for `n <= 0`); null with
/// MemoryError raised for one too large.
///
/// # Safety
/// `t` must be a live tuple, `n` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_repeat(t: *mut Obj, n: i64) -> *mut Obj {
    let times = match view(n) {
        IntRef::Small(k) => k.max(0) as usize,
        IntRef::Big(b) if b.sign() == num_bigint::Sign::Minus => 0,
        IntRef::Big(_) => usize::MAX,
    };
    let m = len(t);
    let Some(total) = m
        .checked_mul(times)
        .filter(|k| *k <= (isize::MAX as usize) / 16)
    else {
        raise(ExcKind::MemoryError, "");
        return std::ptr::null_mut();
    };
    let out = new_tuple(total);
    if out.is_null() {
        return out;
    }
    for r in 0..if m == 0 { 0 } else { times } {
        for i in 0..m {
            let (kind, bits) = item(t, i);
            nx_tuple_init(out, (r * m + i) as i64, kind as i64, bits);
        }
    }
    out
}

/// `t[start:stop:step]`: a new tuple of the selected items (new references); null with
/// ValueError (a zero step) or MemoryError raised. `has` as for `nx_list_slice`.
///
/// # Safety
/// `t` must be a live tuple; the given bounds valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_slice(
    t: *mut Obj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) -> *mut Obj {
    let Some((start, step, count)) = crate::slice::adjust_slice(len(t), start, stop, step, has)
    else {
        return std::ptr::null_mut();
    };
    let r = new_tuple(count);
    if r.is_null() {
        return r;
    }
    let mut idx = start;
    for k in 0..count {
        let (kind, bits) = item(t, idx as usize);
        nx_tuple_init(r, k as i64, kind as i64, bits);
        idx += step;
    }
    r
}

/// `len(t)`, tagged.
///
/// # Safety
/// `t` must be a live tuple.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_len(t: *mut Obj) -> i64 {
    (len(t) as i64) << 1
}

/// `t[i]` as element bits (a new reference); IndexError when out of range.
///
/// # Safety
/// `t` must be a live tuple and `i` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_getitem(t: *mut Obj, i: i64) -> i64 {
    let n = len(t) as i64;
    let k = match view(i) {
        IntRef::Small(k) if k < 0 => k + n,
        IntRef::Small(k) => k,
        IntRef::Big(_) => -1,
    };
    if !(0..n).contains(&k) {
        raise(ExcKind::IndexError, "tuple index out of range");
        return 0;
    }
    nx_tuple_get(t, k)
}

/// Item `index` of `t` unpacked into `count` targets; ValueError when `t` has another length.
///
/// # Safety
/// `t` must be a live tuple.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_unpack_item(t: *mut Obj, count: i64, index: i64) -> i64 {
    // Both are small tagged ints (the compiler's constants).
    let (count, index) = (count >> 1, index >> 1);
    let n = len(t) as i64;
    if n < count {
        raise(
            ExcKind::ValueError,
            format!("not enough values to unpack (expected {count}, got {n})"),
        );
        return 0;
    }
    if n > count {
        raise(
            ExcKind::ValueError,
            format!("too many values to unpack (expected {count})"),
        );
        return 0;
    }
    nx_tuple_get(t, index)
}

/// `a == b` (0 with the exception pending after an error deep inside).
///
/// # Safety
/// `a` and `b` must be live tuples.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_eq(a: *mut Obj, b: *mut Obj) -> u8 {
    matches!(tuple_eq(a, b), Ok(true)) as u8
}

/// Lexicographic comparison: -1, 0, 1, or 2 when the deciding items are unordered (a NaN).
/// TypeError for unorderable items (0 with the exception pending).
///
/// # Safety
/// `a` and `b` must be live tuples.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_compare(a: *mut Obj, b: *mut Obj) -> i64 {
    match tuple_cmp(a, b) {
        Ok(Some(o)) => o as i64,
        Ok(None) => 2,
        Err(()) => 0,
    }
}

/// `hash(t)`, tagged (a big int when it does not fit a small one); 0 with the exception pending
/// for an unhashable item.
///
/// # Safety
/// `t` must be a live tuple.
#[no_mangle]
pub unsafe extern "C" fn nx_tuple_hash(t: *mut Obj) -> i64 {
    match tuple_hash(t) {
        Ok(h) => make_int(h as i128),
        Err(()) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, take};
    use crate::list::{items, nx_list_append, nx_list_compare, nx_list_new, ListObj};
    use crate::list_sort::nx_list_sort;
    use crate::object::LIVE_OBJECTS;
    use crate::str::as_str;
    use num_bigint::BigInt;
    use std::sync::atomic::Ordering::Relaxed;

    fn live() -> i64 {
        LIVE_OBJECTS.load(Relaxed)
    }

    /// An item for [`tup`]; `O` and `Big` give their reference to the helper.
    #[derive(Clone, Copy)]
    enum It {
        I(i64),
        F(f64),
        B(bool),
        N,
        O(*mut Obj),
        Big(&'static str),
    }
    use It::*;

    /// A new tuple of `items` (owned object items are released after the tuple took its own).
    unsafe fn tup(items: &[It]) -> *mut Obj {
        let t = nx_tuple_new(items.len() as i64);
        assert!(!t.is_null());
        for (i, it) in items.iter().enumerate() {
            let (kind, bits) = match *it {
                I(v) => (ElemKind::Int, v << 1),
                F(f) => (ElemKind::Float, f.to_bits() as i64),
                B(b) => (ElemKind::Bool, b as i64),
                N => (ElemKind::None, 0),
                O(o) => (ElemKind::Obj, o as i64),
                Big(s) => (
                    ElemKind::Int,
                    crate::int::from_big(s.parse::<BigInt>().unwrap()),
                ),
            };
            nx_tuple_init(t, i as i64, kind as i64, bits);
            decref_elem(kind, bits);
        }
        t
    }

    unsafe fn s(text: &str) -> It {
        O(new_str(text))
    }

    unsafe fn ints(vals: &[i64]) -> *mut Obj {
        let l = nx_list_new(ElemKind::Int as i64, 0);
        for &v in vals {
            nx_list_append(l, v << 1);
        }
        l
    }

    unsafe fn repr(o: *mut Obj) -> String {
        let r = crate::list::nx_obj_repr(o);
        assert!(!r.is_null(), "{:?}", take());
        let t = as_str(r).to_string();
        decref(r);
        t
    }

    unsafe fn hash(t: *mut Obj) -> i64 {
        let h = nx_tuple_hash(t);
        assert_eq!(take(), None);
        let v = match view(h) {
            IntRef::Small(v) => v,
            IntRef::Big(b) => b.to_i64().unwrap(),
        };
        if !is_small(h) {
            decref((h - 1) as *mut Obj);
        }
        v
    }

    #[test]
    fn build_get_repr() {
        let _g = lock();
        unsafe {
            let before = live();
            // python3 -c 'print(repr(()), repr((1,)), repr((1, "a", 2.5, True, None, [1], (2, 3))))'
            let e = tup(&[]);
            assert_eq!(repr(e), "()");
            let one = tup(&[I(1)]);
            assert_eq!(repr(one), "(1,)");
            let inner = tup(&[I(2), I(3)]);
            let t = tup(&[I(1), s("a"), F(2.5), B(true), N, O(ints(&[1])), O(inner)]);
            assert_eq!(repr(t), "(1, 'a', 2.5, True, None, [1], (2, 3))");
            // Uninitialised items are None.
            let u = nx_tuple_new(2);
            assert_eq!(repr(u), "(None, None)");
            // python3 -c 'print(repr((0.1, 1e16, -0.0, float("nan"), float("inf"), 2**70, "it'"'"'s", ((),), [(1,)])))'
            let l = nx_list_new(ElemKind::Obj as i64, 0);
            nx_list_append(l, one as i64);
            let t2 = tup(&[
                F(0.1),
                F(1e16),
                F(-0.0),
                F(f64::NAN),
                F(f64::INFINITY),
                Big("1180591620717411303424"),
                s("it's"),
                O(tup(&[O(tup(&[]))])),
                O(l),
            ]);
            assert_eq!(
                repr(t2),
                "(0.1, 1e+16, -0.0, nan, inf, 1180591620717411303424, \"it's\", ((),), [(1,)])"
            );
            // A tuple reaching itself through a list: python3 -c 't=([],); t[0].append(t); print(t)'
            let cl = nx_list_new(ElemKind::Obj as i64, 0);
            let ct = tup(&[O(cl)]);
            nx_list_append(cl, ct as i64);
            assert_eq!(repr(ct), "([(...)],)");
            crate::list::nx_list_clear(cl);
            decref(ct);
            // print goes through repr.
            crate::print::flush_stdout();
            crate::list::nx_print_obj(one);
            assert_eq!(crate::print::take_buffer(), "(1,)");
            // get: new references.
            let (k, sv) = item(t, 1);
            assert!(k == ElemKind::Obj);
            let rc = (*(sv as *mut Obj)).refcnt;
            let g = nx_tuple_get(t, 1);
            assert_eq!(g, sv);
            assert_eq!((*(g as *mut Obj)).refcnt, rc + 1);
            decref(g as *mut Obj);
            assert_eq!(nx_tuple_get(t, 0), 1 << 1);
            assert_eq!(f64::from_bits(nx_tuple_get(t, 2) as u64), 2.5);
            assert_eq!(nx_tuple_get(t, 4), 0);
            let b = nx_tuple_get(t2, 5);
            assert!(!is_small(b));
            decref_elem(ElemKind::Int, b);
            // Re-initialising an item releases the old one.
            let x = new_str("x");
            nx_tuple_init(u, 0, ElemKind::Obj as i64, x as i64);
            nx_tuple_init(u, 0, ElemKind::Int as i64, 7 << 1);
            assert_eq!((*x).refcnt, 1);
            decref(x);
            for o in [e, one, t, u, t2] {
                decref(o);
            }
            assert_eq!(take(), None);
            assert_eq!(live(), before);
        }
    }

    #[test]
    fn equality_and_ordering() {
        let _g = lock();
        unsafe {
            let before = live();
            let a = tup(&[I(1), I(2)]);
            let b = tup(&[F(1.0), F(2.0)]);
            let c = tup(&[B(true), I(2), I(0)]);
            assert_eq!(nx_tuple_eq(a, b), 1);
            assert_eq!(nx_tuple_eq(a, a), 1);
            assert_eq!(nx_tuple_eq(a, c), 0);
            assert_eq!(nx_tuple_compare(a, b), 0);
            // python3: (1, 2) < (True, 2, 0)
            assert_eq!(nx_tuple_compare(a, c), -1);
            assert_eq!(nx_tuple_compare(c, b), 1);
            let e = tup(&[]);
            assert_eq!(nx_tuple_compare(e, a), -1);
            assert_eq!(nx_tuple_eq(e, e), 1);
            // Not equal to a list with the same items.
            let l = ints(&[1, 2]);
            assert_eq!(tuple_eq_slot(a, l), 0);
            // Strs, None, big ints, nested tuples.
            let s1 = tup(&[s("ab"), N, Big("1180591620717411303424"), O(tup(&[I(1)]))]);
            let s2 = tup(&[s("ab"), N, Big("1180591620717411303424"), O(tup(&[F(1.0)]))]);
            let s3 = tup(&[s("ab"), N, Big("1180591620717411303425")]);
            let s4 = tup(&[s("é")]);
            assert_eq!(nx_tuple_eq(s1, s2), 1);
            assert_eq!(nx_tuple_compare(s1, s2), 0);
            assert_eq!(nx_tuple_compare(s1, s3), -1);
            assert_eq!(nx_tuple_compare(s4, s1), 1);
            // NaN decides: python3 -c 'print((1, float("nan")) < (1, 2), (1, float("nan")) >= (1, 2))'
            let n1 = tup(&[I(1), F(f64::NAN)]);
            let n2 = tup(&[I(1), I(2)]);
            assert_eq!(nx_tuple_compare(n1, n2), 2);
            assert_eq!(nx_tuple_eq(n1, n2), 0);
            assert_eq!(nx_tuple_compare(n1, n1), 0);
            let n3 = tup(&[I(1), F(f64::NAN)]);
            assert_eq!(nx_tuple_eq(n1, n3), 0);
            assert_eq!(take(), None);
            // Unorderable items.
            let t1 = tup(&[I(0), s("a")]);
            let t2 = tup(&[I(0), I(1)]);
            assert_eq!(nx_tuple_compare(t1, t2), 0);
            assert_eq!(
                take(),
                Some((
                    "TypeError",
                    "'<' not supported between instances of 'str' and 'int'".into()
                ))
            );
            let tn = tup(&[N]);
            let ti = tup(&[I(1)]);
            nx_tuple_compare(tn, ti);
            assert_eq!(
                take(),
                Some((
                    "TypeError",
                    "'<' not supported between instances of 'NoneType' and 'int'".into()
                ))
            );
            // Equal Nones do not need ordering.
            let tn2 = tup(&[N, I(3)]);
            let tn3 = tup(&[N, I(4)]);
            assert_eq!(nx_tuple_compare(tn2, tn3), -1);
            // python3 -c '((1,),) < ([1],)'
            let tt = tup(&[O(tup(&[I(1)]))]);
            let tl = tup(&[O(ints(&[1]))]);
            nx_tuple_compare(tt, tl);
            assert_eq!(
                take(),
                Some((
                    "TypeError",
                    "'<' not supported between instances of 'tuple' and 'list'".into()
                ))
            );
            // Through the slots: lists of tuples compare item by item.
            // python3 -c 'print([(1,2)] < [(1,3)], [(1,2)] == [(1.0,2.0)])'
            let la = nx_list_new(ElemKind::Obj as i64, 0);
            let lb = nx_list_new(ElemKind::Obj as i64, 0);
            nx_list_append(la, a as i64);
            let a3 = tup(&[I(1), I(3)]);
            nx_list_append(lb, a3 as i64);
            assert_eq!(nx_list_compare(la, lb), -1);
            assert_eq!(crate::list::nx_list_eq(la, lb), 0);
            // Tuples of lists: lexicographic through the list slot.
            let tla = tup(&[O(ints(&[1, 2]))]);
            let tlb = tup(&[O(ints(&[1, 2, 0]))]);
            assert_eq!(nx_tuple_compare(tla, tlb), -1);
            // Deep nesting: RecursionError, not a crash.
            let (mut d1, mut d2) = (tup(&[I(1)]), tup(&[I(2)]));
            for _ in 0..5000 {
                d1 = tup(&[O(d1)]);
                d2 = tup(&[O(d2)]);
            }
            assert_eq!(nx_tuple_eq(d1, d2), 0);
            assert_eq!(take().map(|e| e.0), Some("RecursionError"));
            nx_tuple_compare(d1, d2);
            assert_eq!(take().map(|e| e.0), Some("RecursionError"));
            assert!(crate::list::nx_obj_repr(d1).is_null());
            assert_eq!(take().map(|e| e.0), Some("RecursionError"));
            nx_tuple_hash(d1);
            assert_eq!(take().map(|e| e.0), Some("RecursionError"));
            // The depth counter is back to zero: a shallow comparison still works.
            assert_eq!(nx_tuple_compare(a, c), -1);
            for o in [
                a, b, c, e, l, s1, s2, s3, s4, n1, n2, n3, t1, t2, tn, ti, tn2, tn3, tt, tl, la,
                lb, a3, tla, tlb, d1, d2,
            ] {
                decref(o);
            }
            assert_eq!(take(), None);
            assert_eq!(live(), before);
        }
    }

    #[test]
    fn hash_matches_cpython() {
        let _g = lock();
        unsafe {
            let before = live();
            // python3 -c 'print(hash((1, 2)), hash((1.5, -1)), hash(()), hash((True, 2**70)))'
            let cases: Vec<(Vec<It>, i64)> = vec![
                (vec![I(1), I(2)], -3550055125485641917),
                (vec![F(1.5), I(-1)], -9002791676578425913),
                (vec![], 5740354900026072187),
                (
                    vec![B(true), Big("1180591620717411303424")],
                    -8846299738375034064,
                ),
                // python3 -c 'print(hash((0.1, -2**64, False, 1e300, float("inf"), -1)))'
                (
                    vec![
                        F(0.1),
                        Big("-18446744073709551616"),
                        B(false),
                        F(1e300),
                        F(f64::INFINITY),
                        I(-1),
                    ],
                    977247722308672934,
                ),
                // python3 -c 'print(hash((2**61-1, -(2**61))), hash((-1,)))'
                (
                    vec![Big("2305843009213693951"), Big("-2305843009213693952")],
                    8374038142897728572,
                ),
                (vec![I(-1)], 8078679518589016365),
            ];
            for (items, want) in cases {
                let t = tup(&items);
                assert_eq!(hash(t), want, "{}", repr(t));
                decref(t);
            }
            // Nested: python3 -c 'print(hash(((1,2),(3,))))'
            let t = tup(&[O(tup(&[I(1), I(2)])), O(tup(&[I(3)]))]);
            assert_eq!(hash(t), -8303551883679707139);
            // The slot agrees (a tagged, possibly big, int).
            let h = tuple_hash_slot(t);
            assert_eq!(
                crate::int::int_to_string(h).unwrap(),
                "-8303551883679707139"
            );
            decref_elem(ElemKind::Int, h);
            decref(t);
            // Equal tuples of different kinds hash alike; None hashes to a constant.
            let a = tup(&[I(1), I(2), N]);
            let b = tup(&[F(1.0), B(false), N]);
            let b2 = tup(&[F(1.0), F(2.0), N]);
            assert_eq!(hash(a), hash(b2));
            assert_ne!(hash(a), hash(b));
            // Strs through the str hash slot.
            let s1 = tup(&[s("key"), I(1)]);
            let s2 = tup(&[s("key"), I(1)]);
            assert_eq!(hash(s1), hash(s2));
            // Unhashable items.
            let u = tup(&[I(1), O(ints(&[1]))]);
            assert_eq!(nx_tuple_hash(u), 0);
            assert_eq!(
                take(),
                Some(("TypeError", "unhashable type: 'list'".into()))
            );
            for o in [a, b, b2, s1, s2, u] {
                decref(o);
            }
            assert_eq!(live(), before);
        }
    }

    #[test]
    fn sorting_lists_of_tuples() {
        let _g = lock();
        unsafe {
            let before = live();
            // python3 -c 'print(sorted([(2, "b"), (1, "z"), (2, "a")]))'
            let l = nx_list_new(ElemKind::Obj as i64, 0);
            for t in [
                tup(&[I(2), s("b")]),
                tup(&[I(1), s("z")]),
                tup(&[I(2), s("a")]),
            ] {
                nx_list_append(l, t as i64);
                decref(t);
            }
            nx_list_sort(l);
            assert_eq!(take(), None);
            assert_eq!(repr(l), "[(1, 'z'), (2, 'a'), (2, 'b')]");
            // Stable: equal tuples (distinct objects) keep their order, over enough elements to
            // exercise the merges.
            let big_l = nx_list_new(ElemKind::Obj as i64, 0);
            let mut expect: Vec<Vec<i64>> = vec![Vec::new(); 5];
            for i in 0..300i64 {
                let k = (i * 7919) % 5;
                let t = tup(&[I(k / 2), F((k % 2) as f64)]);
                expect[k as usize].push(t as i64);
                nx_list_append(big_l, t as i64);
                decref(t);
            }
            nx_list_sort(big_l);
            assert_eq!(take(), None);
            assert_eq!(items(big_l as *mut ListObj), expect.concat().as_slice());
            // Unorderable items: TypeError, every element still there.
            let m = nx_list_new(ElemKind::Obj as i64, 0);
            for t in [tup(&[I(1)]), tup(&[s("a")]), tup(&[I(0)])] {
                nx_list_append(m, t as i64);
                decref(t);
            }
            nx_list_sort(m);
            assert_eq!(take().map(|e| e.0), Some("TypeError"));
            assert_eq!(items(m as *mut ListObj).len(), 3);
            // Mixed tuples and lists in one list: TypeError naming both.
            let mx = nx_list_new(ElemKind::Obj as i64, 0);
            let (p, q) = (tup(&[I(1)]), ints(&[1]));
            nx_list_append(mx, p as i64);
            nx_list_append(mx, q as i64);
            nx_list_sort(mx);
            assert_eq!(
                take(),
                Some((
                    "TypeError",
                    "'<' not supported between instances of 'list' and 'tuple'".into()
                ))
            );
            decref(p);
            decref(q);
            for o in [l, big_l, m, mx] {
                decref(o);
            }
            assert_eq!(live(), before);
        }
    }

    #[test]
    fn deep_nesting_frees_without_recursion() {
        let _g = lock();
        unsafe {
            let before = live();
            // Alternate tuples and lists, 200000 levels: far past any stack-recursive dealloc.
            let mut o = tup(&[I(0)]);
            for i in 0..200_000 {
                o = if i % 2 == 0 {
                    let l = nx_list_new(ElemKind::Obj as i64, 1);
                    nx_list_append(l, o as i64);
                    decref(o);
                    l
                } else {
                    tup(&[O(o), s("x")])
                };
            }
            decref(o);
            assert_eq!(live(), before);
        }
    }
}
