//! `set`: CPython 3.11's hash table (Objects/setobject.c), so iteration order — printing,
//! `list(s)`, `s.pop()` — is CPython's for ints, floats, bools, `None` and tuples of them.
//!
//! Layout: the object header, the element kind (fixed at creation), CPython's `fill`, `used`,
//! `mask` and `finger`, and the table of `mask + 1` entries (8 initially). Every algorithm
//! follows CPython's: `set_add_entry` (9 linear probes, then perturbed probing; the last dummy
//! seen on the way is reused), resizing when `fill * 5 >= mask * 3` to the smallest power of two
//! above `used * 4` (`used * 2` past 50000) with re-insertion in table order, dummies on
//! deletion, `set_pop`'s finger, `set_merge` (the copy shortcuts included), and the element
//! orders of the set algebra (`|` copies the left then adds the right, `&` walks the smaller
//! set, `-` walks the left or copies it and discards, `^` copies the right then toggles the
//! left's elements, `-=` resizes away dummies).
//!
//! Reference rules: the set owns a reference to every element. `add` borrows its argument and
//! takes its own reference; `pop` moves the set's reference to the caller; results are new
//! references.
//!
//! Known differences from CPython:
//! - str hashes are natrix's own (CPython randomises them per process), so sets of strs (or of
//!   tuples holding strs) iterate in a different, but deterministic, order; `None` hashes as a
//!   constant (CPython 3.11: by address);
//! - float elements have no identity: a NaN is never found again (`x in {x}` is False for a
//!   NaN `x`; CPython finds the same object by identity) and each added NaN is a new element;
//! - set operations between sets of different element kinds that would store one kind's
//!   elements in the other's table (`|`, `^`, `update`, …) raise RuntimeError (the compiler
//!   gives both sides one kind); `&` between kinds walks the left set.

use crate::dict::{alloc_obj, elem_eq, hash_elem, key_error, key_error_msg, kind_arg};
use crate::exc::raise;
use crate::list::{
    decref, decref_elem, enter, incref_elem, leave, new_list, nx_list_append, trashcan, val,
    val_repr, REPR_DEPTH,
};
use crate::object::{free_object, Obj, TypeInfo};
use crate::str::new_str;
use natrix_abi::{ElemKind, ExcKind};
use std::alloc::Layout;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// A slot of the table, 16 bytes as in CPython. No element hashes to -1 (Python's hashes never
/// do), so a hash of -1 marks a slot without one: key 0 never used, key 2 a deleted element
/// (CPython's dummy). Both keys are even, as a small int's bits are, so an odd key in the
/// table is a big int's (see [`release_elements`]).
#[derive(Clone, Copy)]
struct Entry {
    key: i64,
    hash: i64,
}

const NO_HASH: i64 = -1;

const EMPTY_ENTRY: Entry = Entry {
    key: 0,
    hash: NO_HASH,
};

const DUMMY_ENTRY: Entry = Entry {
    key: 2,
    hash: NO_HASH,
};

impl Entry {
    #[inline]
    fn active(self) -> bool {
        self.hash != NO_HASH
    }

    #[inline]
    fn empty(self) -> bool {
        self.hash == NO_HASH && self.key == 0
    }
}

/// A set object.
#[repr(C)]
pub struct SetObj {
    pub hdr: Obj,
    pub(crate) kind: ElemKind,
    /// Active and dummy entries.
    fill: usize,
    /// Active entries.
    used: usize,
    mask: usize,
    /// Where `pop` starts searching.
    finger: usize,
    /// `mask + 1` entries.
    table: Vec<Entry>,
}

/// The `set` type.
pub static SET_TYPE: TypeInfo = TypeInfo {
    name: "set",
    dealloc: set_dealloc,
    traverse: Some(set_traverse),
    clear: Some(set_clear_slot),
    repr: Some(set_repr_slot),
    str: None,
    hash: None,
    eq: Some(set_eq_slot),
    compare: None,
};

/// Is `obj` a set or a frozenset?
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn is_set(obj: *const Obj) -> bool {
    std::ptr::eq((*obj).ty, &SET_TYPE) || frozen::is_frozen(obj)
}

fn new_set(kind: ElemKind) -> *mut SetObj {
    alloc_obj(SetObj {
        hdr: Obj {
            refcnt: 1,
            ty: &SET_TYPE,
        },
        kind,
        fill: 0,
        used: 0,
        mask: MIN_SIZE - 1,
        finger: 0,
        table: vec![EMPTY_ENTRY; MIN_SIZE],
    })
}

unsafe fn set_dealloc(obj: *mut Obj) {
    trashcan(obj, set_release);
}

unsafe fn set_release(obj: *mut Obj) {
    let s = obj as *mut SetObj;
    let table = std::mem::take(tab(s));
    let kind = (*s).kind;
    std::ptr::drop_in_place(s);
    free_object(obj, Layout::new::<SetObj>());
    release_elements(kind, &table);
}

/// Releases the elements of a table the set no longer holds.
unsafe fn release_elements(kind: ElemKind, table: &[Entry]) {
    each_element(kind, table, decref_elem);
}

/// Takes a reference to each element of a table copied from another set's.
unsafe fn retain_elements(kind: ElemKind, table: &[Entry]) {
    each_element(kind, table, incref_elem);
}

/// Calls `f` on each element of a table that may hold a reference.
unsafe fn each_element(kind: ElemKind, table: &[Entry], f: unsafe fn(ElemKind, i64)) {
    if holds_references(kind, table) {
        for e in table {
            if e.active() {
                f(kind, e.key);
            }
        }
    }
}

/// Whether some element of a table may hold a reference.
fn holds_references(kind: ElemKind, table: &[Entry]) -> bool {
    match kind {
        ElemKind::Float | ElemKind::Bool | ElemKind::None => false,
        // Of the ints, only a big one holds a reference, and its tagged pointer is the table's
        // only odd key: one pass without branches finds whether there is any (the elements
        // are in hash order, so testing each slot is a branch mispredicted half the time).
        ElemKind::Int => table.iter().fold(0, |acc, e| acc | e.key) & 1 != 0,
        _ => true,
    }
}

unsafe fn set_clear_slot(obj: *mut Obj) {
    clear(obj as *mut SetObj);
}

unsafe fn set_traverse(obj: *mut Obj, visit: &mut dyn FnMut(*mut Obj)) {
    let s = obj as *mut SetObj;
    if (*s).kind == ElemKind::Obj {
        for e in tab(s).iter() {
            if e.active() {
                visit(e.key as *mut Obj);
            }
        }
    }
}

// ---- the table (CPython's algorithms) ----

#[inline]
unsafe fn tab<'a>(s: *mut SetObj) -> &'a mut Vec<Entry> {
    &mut (*s).table
}

#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize)
        & mask
}

/// CPython's `set_add_entry`: adds `key` (borrowed; the set takes its own reference) unless an
/// equal element is present.
pub(crate) unsafe fn add_entry(
    s: *mut SetObj,
    kind: ElemKind,
    key: i64,
    hash: i64,
) -> Result<(), ()> {
    debug_assert!(hash != NO_HASH);
    let mask = (*s).mask;
    let mut i = hash as u64 as usize & mask;
    let mut perturb = hash as u64;
    let mut freeslot: Option<usize> = None;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + probes {
            let e = tab(s)[j];
            if e.active() {
                if e.hash == hash && elem_eq((*s).kind, e.key, kind, key)? {
                    return Ok(());
                }
            } else if e.empty() {
                incref_elem(kind, key);
                let new = Entry { key, hash };
                (*s).used += 1;
                if let Some(f) = freeslot {
                    tab(s)[f] = new;
                    return Ok(());
                }
                tab(s)[j] = new;
                (*s).fill += 1;
                if (*s).fill * 5 < mask * 3 {
                    return Ok(());
                }
                let used = (*s).used;
                resize(s, if used > 50000 { used * 2 } else { used * 4 });
                return Ok(());
            } else {
                // CPython keeps the last dummy on the probe sequence.
                freeslot = Some(j);
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// CPython's `set_insert_clean`: places an entry in a table without dummies or duplicates.
fn insert_clean(table: &mut [Entry], mask: usize, key: i64, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    loop {
        let last = if i + LINEAR_PROBES <= mask {
            i + LINEAR_PROBES
        } else {
            i
        };
        for e in &mut table[i..=last] {
            if e.empty() {
                *e = Entry { key, hash };
                return;
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// CPython's `set_table_resize`: a table of the smallest power of two above `minused` (at
/// least 8), re-inserting the active entries in table order.
unsafe fn resize(s: *mut SetObj, minused: usize) {
    let size = table_size(minused);
    let old = std::mem::replace(tab(s), vec![EMPTY_ENTRY; size]);
    (*s).mask = size - 1;
    (*s).fill = (*s).used;
    let table = tab(s);
    for e in old {
        if e.active() {
            insert_clean(table, size - 1, e.key, e.hash);
        }
    }
}

/// The table size `set_table_resize` picks for `minused`: the smallest power of two above it,
/// at least 8.
fn table_size(minused: usize) -> usize {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    size
}

/// CPython's `set_lookkey`: the position of an element equal to `key`.
unsafe fn lookkey(
    s: *mut SetObj,
    kind: ElemKind,
    key: i64,
    hash: i64,
) -> Result<Option<usize>, ()> {
    let sk = (*s).kind;
    lookkey_by(s, hash, |stored| elem_eq(sk, stored, kind, key))
}

/// [`lookkey`] with the key given by its hash and a test of a stored element.
#[inline]
pub(crate) unsafe fn lookkey_by(
    s: *mut SetObj,
    hash: i64,
    mut eq: impl FnMut(i64) -> Result<bool, ()>,
) -> Result<Option<usize>, ()> {
    debug_assert!(hash != NO_HASH);
    let mask = (*s).mask;
    let mut i = hash as u64 as usize & mask;
    let mut perturb = hash as u64;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        let table = tab(s);
        for j in i..=i + probes {
            // An element's hash is never -1, so a matching hash is an element's.
            debug_assert!(j <= mask && mask < table.len());
            // SAFETY: `i <= mask`, and `i + probes <= mask`: within the `mask + 1` entries.
            let e = *table.get_unchecked(j);
            if e.hash == hash {
                if eq(e.key)? {
                    return Ok(Some(j));
                }
            } else if e.empty() {
                return Ok(None);
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// CPython's `set_discard_entry`: whether the element was present (and removed).
unsafe fn discard_entry(s: *mut SetObj, kind: ElemKind, key: i64, hash: i64) -> Result<bool, ()> {
    match lookkey(s, kind, key, hash)? {
        Some(j) => {
            let old = tab(s)[j].key;
            tab(s)[j] = DUMMY_ENTRY;
            (*s).used -= 1;
            decref_elem((*s).kind, old);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// The active entries in table order (a snapshot: `set_next`).
/// A set's element kind.
///
/// # Safety
/// `s` must be a live set.
pub(crate) unsafe fn kind(s: *mut Obj) -> ElemKind {
    (*(s as *mut SetObj)).kind
}

unsafe fn active(s: *mut SetObj) -> Vec<(i64, i64)> {
    tab(s)
        .iter()
        .filter(|e| e.active())
        .map(|e| (e.key, e.hash))
        .collect()
}

unsafe fn contains_entry(s: *mut SetObj, kind: ElemKind, key: i64, hash: i64) -> Result<bool, ()> {
    Ok(lookkey(s, kind, key, hash)?.is_some())
}

/// Raises RuntimeError unless `b`'s elements can be stored in `a`.
unsafe fn same_kind(a: *mut SetObj, b: *mut SetObj) -> bool {
    if (*a).kind != (*b).kind && (*b).used > 0 {
        raise(
            ExcKind::RuntimeError,
            "natrix: set operation between sets of different element kinds",
        );
        return false;
    }
    true
}

/// CPython's `set_merge`: adds every element of `other` (`so |= other`).
unsafe fn merge(so: *mut SetObj, other: *mut SetObj) -> Result<(), ()> {
    if so == other || (*other).used == 0 {
        return Ok(());
    }
    if !same_kind(so, other) {
        return Err(());
    }
    let kind = (*so).kind;
    if ((*so).fill + (*other).used) * 5 >= (*so).mask * 3 {
        resize(so, ((*so).used + (*other).used) * 2);
    }
    if (*so).fill == 0 && (*so).mask == (*other).mask && (*other).fill == (*other).used {
        // No dummies on either side: the table is copied as it is.
        tab(so).copy_from_slice(tab(other));
        retain_elements(kind, tab(so));
        (*so).fill = (*other).fill;
        (*so).used = (*other).used;
        return Ok(());
    }
    if (*so).fill == 0 {
        (*so).fill = (*other).used;
        (*so).used = (*other).used;
        fill_clean(tab(so), kind, tab(other));
        return Ok(());
    }
    for (key, hash) in active(other) {
        add_entry(so, kind, key, hash)?;
    }
    Ok(())
}

/// CPython's `set_clear_internal` (the finger is kept, as in CPython).
unsafe fn clear(s: *mut SetObj) {
    let old = std::mem::replace(tab(s), vec![EMPTY_ENTRY; MIN_SIZE]);
    (*s).mask = MIN_SIZE - 1;
    (*s).fill = 0;
    (*s).used = 0;
    release_elements((*s).kind, &old);
}

/// Places the active entries of `from` (another set's table) in an empty table, in table
/// order, taking a reference to each element.
unsafe fn fill_clean(table: &mut [Entry], kind: ElemKind, from: &[Entry]) {
    let mask = table.len() - 1;
    for e in from.iter().filter(|e| e.active()) {
        incref_elem(kind, e.key);
        insert_clean(table, mask, e.key, e.hash);
    }
}

/// `set(s)` / `s.copy()`: CPython's new set then `set_merge` into it, with the table made
/// at once at the size the merge's resize gives it (CPython's first table is inside the
/// object; here it would be an allocation thrown away): the same table, so the same order.
unsafe fn copy(s: *mut SetObj) -> *mut SetObj {
    let (kind, used) = ((*s).kind, (*s).used);
    let r = alloc_obj(SetObj {
        hdr: Obj {
            refcnt: 1,
            ty: &SET_TYPE,
        },
        kind,
        fill: used,
        used,
        mask: 0,
        finger: 0,
        table: Vec::new(),
    });
    if r.is_null() {
        return r;
    }
    let size = if used * 5 >= (MIN_SIZE - 1) * 3 {
        table_size(used * 2)
    } else {
        MIN_SIZE
    };
    let table = if size == (*s).mask + 1 && (*s).fill == used {
        // No dummies and the same size: the table as it is.
        let t = tab(s).clone();
        retain_elements(kind, &t);
        t
    } else {
        let mut t = vec![EMPTY_ENTRY; size];
        fill_clean(&mut t, kind, tab(s));
        t
    };
    (*r).mask = size - 1;
    (*r).table = table;
    r
}

/// `a <= b`.
unsafe fn issubset(a: *mut SetObj, b: *mut SetObj) -> Result<bool, ()> {
    if (*a).used > (*b).used {
        return Ok(false);
    }
    for (key, hash) in active(a) {
        if !contains_entry(b, (*a).kind, key, hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

unsafe fn set_eq(a: *mut SetObj, b: *mut SetObj) -> Result<bool, ()> {
    if (*a).used != (*b).used {
        return Ok(false);
    }
    issubset(a, b)
}

/// CPython's `set_intersection`.
unsafe fn intersection(so: *mut SetObj, other: *mut SetObj) -> Result<*mut SetObj, ()> {
    if so == other {
        let r = copy(so);
        return if r.is_null() { Err(()) } else { Ok(r) };
    }
    let result = new_set((*so).kind);
    if result.is_null() {
        return Err(());
    }
    let (mut big, mut small) = (so, other);
    if (*other).used > (*so).used || (*so).kind != (*other).kind {
        (big, small) = (other, so);
    }
    for (key, hash) in active(small) {
        match contains_entry(big, (*small).kind, key, hash) {
            Ok(true) => {
                if add_entry(result, (*small).kind, key, hash).is_err() {
                    decref(result as *mut Obj);
                    return Err(());
                }
            }
            Ok(false) => {}
            Err(()) => {
                decref(result as *mut Obj);
                return Err(());
            }
        }
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal`.
unsafe fn difference_update(so: *mut SetObj, other: *mut SetObj) -> Result<(), ()> {
    if so == other {
        clear(so);
        return Ok(());
    }
    for (key, hash) in active(other) {
        discard_entry(so, (*other).kind, key, hash)?;
    }
    if (*so).fill - (*so).used <= (*so).mask / 4 {
        return Ok(());
    }
    let used = (*so).used;
    resize(so, if used > 50000 { used * 2 } else { used * 4 });
    Ok(())
}

/// CPython's `set_symmetric_difference_update` with a set argument.
unsafe fn symmetric_difference_update(so: *mut SetObj, other: *mut SetObj) -> Result<(), ()> {
    if so == other {
        clear(so);
        return Ok(());
    }
    if !same_kind(so, other) {
        return Err(());
    }
    let kind = (*so).kind;
    for (key, hash) in active(other) {
        if !discard_entry(so, kind, key, hash)? {
            add_entry(so, kind, key, hash)?;
        }
    }
    Ok(())
}

/// A new-set result as an entry point returns it.
unsafe fn result(r: Result<*mut SetObj, ()>) -> *mut Obj {
    r.map_or(std::ptr::null_mut(), |s| s as *mut Obj)
}

/// Runs `f` on a new set, releasing it on error.
unsafe fn with_new(
    r: *mut SetObj,
    f: impl FnOnce(*mut SetObj) -> Result<(), ()>,
) -> Result<*mut SetObj, ()> {
    if r.is_null() {
        return Err(());
    }
    match f(r) {
        Ok(()) => Ok(r),
        Err(()) => {
            decref(r as *mut Obj);
            Err(())
        }
    }
}

// ---- repr and == ----

unsafe fn set_repr_into(s: *mut SetObj, out: &mut String) -> bool {
    if (*s).used == 0 {
        out.push_str("set()");
        return true;
    }
    // A set cannot contain itself (sets are unhashable), so only the depth is guarded.
    if !enter(REPR_DEPTH) {
        return false;
    }
    out.push('{');
    let mut ok = true;
    for (i, (key, _)) in active(s).into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if !val_repr(val((*s).kind, key), out) {
            ok = false;
            break;
        }
    }
    out.push('}');
    leave();
    ok
}

unsafe fn set_repr_slot(obj: *mut Obj) -> *mut Obj {
    let mut s = String::new();
    if set_repr_into(obj as *mut SetObj, &mut s) {
        new_str(&s)
    } else {
        std::ptr::null_mut()
    }
}

unsafe fn set_eq_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    if !is_set(b) {
        return 0;
    }
    match set_eq(a as *mut SetObj, b as *mut SetObj) {
        Ok(r) => r as i64,
        Err(()) => -1,
    }
}

// ---- entry points ----

/// A new empty set of element kind `kind` (an `ElemKind` code).
#[no_mangle]
pub unsafe extern "C" fn nx_set_new(kind: i64) -> *mut Obj {
    match kind_arg(kind, "set") {
        Some(k) => new_set(k) as *mut Obj,
        None => std::ptr::null_mut(),
    }
}

/// `s.add(v)`: the set takes its own reference.
///
/// # Safety
/// `s` must be a live set, `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_set_add(s: *mut Obj, v: i64) {
    if frozen::refuse_frozen(s, "add") {
        return;
    }
    let s = s as *mut SetObj;
    if let Ok(hash) = hash_elem((*s).kind, v) {
        let _ = add_entry(s, (*s).kind, v, hash);
    }
}

/// `v in s`.
///
/// # Safety
/// `s` must be a live set, `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_set_contains(s: *mut Obj, v: i64) -> u8 {
    let s = s as *mut SetObj;
    let Ok(hash) = hash_elem((*s).kind, v) else {
        return 0;
    };
    matches!(contains_entry(s, (*s).kind, v, hash), Ok(true)) as u8
}

/// `s.discard(v)`.
///
/// # Safety
/// `s` must be a live set, `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_set_discard(s: *mut Obj, v: i64) {
    if frozen::refuse_frozen(s, "discard") {
        return;
    }
    let s = s as *mut SetObj;
    if let Ok(hash) = hash_elem((*s).kind, v) {
        let _ = discard_entry(s, (*s).kind, v, hash);
    }
}

/// `s.remove(v)`: KeyError with the element's repr when absent.
///
/// # Safety
/// `s` must be a live set, `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_set_remove(s: *mut Obj, v: i64) {
    if frozen::refuse_frozen(s, "remove") {
        return;
    }
    let s = s as *mut SetObj;
    if let Ok(hash) = hash_elem((*s).kind, v) {
        if let Ok(false) = discard_entry(s, (*s).kind, v, hash) {
            key_error((*s).kind, v);
        }
    }
}

/// `s.pop()` (CPython's `set_pop`, from the finger): the reference moves to the caller;
/// KeyError "pop from an empty set".
///
/// # Safety
/// `s` must be a live set.
#[no_mangle]
pub unsafe extern "C" fn nx_set_pop(s: *mut Obj) -> i64 {
    if frozen::refuse_frozen(s, "pop") {
        return 0;
    }
    let s = s as *mut SetObj;
    if (*s).used == 0 {
        key_error_msg("pop from an empty set");
        return 0;
    }
    let mask = (*s).mask;
    let mut i = (*s).finger & mask;
    while !tab(s)[i].active() {
        i += 1;
        if i > mask {
            i = 0;
        }
    }
    let key = tab(s)[i].key;
    tab(s)[i] = DUMMY_ENTRY;
    (*s).used -= 1;
    (*s).finger = i + 1;
    key
}

/// `len(s)`, tagged.
///
/// # Safety
/// `s` must be a live set.
#[no_mangle]
pub unsafe extern "C" fn nx_set_len(s: *mut Obj) -> i64 {
    ((*(s as *mut SetObj)).used as i64) << 1
}

/// `list(s)`: a new list of the elements in iteration order.
///
/// # Safety
/// `s` must be a live set.
#[no_mangle]
pub unsafe extern "C" fn nx_set_to_list(s: *mut Obj) -> *mut Obj {
    let s = s as *mut SetObj;
    let l = new_list((*s).kind, (*s).used);
    if l.is_null() {
        return std::ptr::null_mut();
    }
    for (key, _) in active(s) {
        nx_list_append(l as *mut Obj, key);
    }
    l as *mut Obj
}

/// `a | b`: a copy of `a`, then `b`'s elements added.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_union(a: *mut Obj, b: *mut Obj) -> *mut Obj {
    let left = a;
    let (a, b) = (a as *mut SetObj, b as *mut SetObj);
    let r = result(with_new(
        copy(a),
        |r| if a == b { Ok(()) } else { merge(r, b) },
    ));
    frozen::same_type(r, left)
}

/// `a | {v}` without the one-element set: CPython's `set_union` merging that set (its resize
/// test first, then the insertion), so the result iterates in CPython's order.
///
/// # Safety
/// `a` must be a live set, `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_set_union_item(a: *mut Obj, v: i64) -> *mut Obj {
    let left = a;
    let r = result(with_new(copy(a as *mut SetObj), |r| {
        let kind = (*r).kind;
        let hash = hash_elem(kind, v)?;
        if ((*r).fill + 1) * 5 >= (*r).mask * 3 {
            resize(r, ((*r).used + 1) * 2);
        }
        add_entry(r, kind, v, hash)
    }));
    frozen::same_type(r, left)
}

/// `a & b`.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_intersection(a: *mut Obj, b: *mut Obj) -> *mut Obj {
    let r = result(intersection(a as *mut SetObj, b as *mut SetObj));
    frozen::same_type(r, a)
}

/// `a - b` (CPython's `set_difference`).
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_difference(a: *mut Obj, b: *mut Obj) -> *mut Obj {
    let left = a;
    let (a, b) = (a as *mut SetObj, b as *mut SetObj);
    if ((*a).used >> 2) > (*b).used {
        let r = result(with_new(copy(a), |r| difference_update(r, b)));
        return frozen::same_type(r, left);
    }
    let r = result(with_new(new_set((*a).kind), |r| {
        for (key, hash) in active(a) {
            if !contains_entry(b, (*a).kind, key, hash)? {
                add_entry(r, (*a).kind, key, hash)?;
            }
        }
        Ok(())
    }));
    frozen::same_type(r, left)
}

/// `a ^ b`: a copy of `b`, then `a`'s elements toggled.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_symmetric_difference(a: *mut Obj, b: *mut Obj) -> *mut Obj {
    let left = a;
    let (a, b) = (a as *mut SetObj, b as *mut SetObj);
    let r = result(with_new(copy(b), |r| symmetric_difference_update(r, a)));
    frozen::same_type(r, left)
}

/// `a op b` (`op` one of `nx_set_union`, `nx_set_intersection`, `nx_set_difference`,
/// `nx_set_symmetric_difference`) of two sets met as dynamic values, whose element kinds
/// may differ (`{1} | x` with `x` a set of strs): then of both as sets of dynamic values.
///
/// # Safety
/// `a` and `b` must be live sets.
pub(crate) unsafe fn dyn_op(
    op: unsafe extern "C" fn(*mut Obj, *mut Obj) -> *mut Obj,
    a: *mut Obj,
    b: *mut Obj,
) -> *mut Obj {
    let (sa, sb) = (a as *mut SetObj, b as *mut SetObj);
    if (*sa).kind == (*sb).kind {
        return op(a, b);
    }
    let (x, y) = (of_objects(sa), of_objects(sb));
    let r = match (x, y) {
        (Ok(x), Ok(y)) => op(x as *mut Obj, y as *mut Obj),
        _ => std::ptr::null_mut(),
    };
    for s in [x, y].into_iter().flatten() {
        decref(s as *mut Obj);
    }
    r
}

/// A copy of `s` (of its type: set or frozenset) holding its elements as dynamic values.
unsafe fn of_objects(s: *mut SetObj) -> Result<*mut SetObj, ()> {
    let r = with_new(new_set(ElemKind::Obj), |r| {
        for (key, hash) in active(s) {
            let v = crate::dynamic::boxed(val((*s).kind, key));
            let added = add_entry(r, ElemKind::Obj, v as i64, hash);
            decref(v);
            added?;
        }
        Ok(())
    })?;
    (*r).hdr.ty = (*s).hdr.ty;
    Ok(r)
}

/// `a |= b` / `a.update(b)`.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_update(a: *mut Obj, b: *mut Obj) {
    if frozen::refuse_frozen(a, "update") {
        return;
    }
    let _ = merge(a as *mut SetObj, b as *mut SetObj);
}

/// `a &= b`: `a` takes the table of `a & b`.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_intersection_update(a: *mut Obj, b: *mut Obj) {
    if frozen::refuse_frozen(a, "intersection_update") {
        return;
    }
    let a = a as *mut SetObj;
    let Ok(tmp) = intersection(a, b as *mut SetObj) else {
        return;
    };
    // CPython's set_swap_bodies (the finger stays).
    std::mem::swap(tab(a), tab(tmp));
    std::mem::swap(&mut (*a).fill, &mut (*tmp).fill);
    std::mem::swap(&mut (*a).used, &mut (*tmp).used);
    std::mem::swap(&mut (*a).mask, &mut (*tmp).mask);
    decref(tmp as *mut Obj);
}

/// `a -= b`.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_difference_update(a: *mut Obj, b: *mut Obj) {
    if frozen::refuse_frozen(a, "difference_update") {
        return;
    }
    let _ = difference_update(a as *mut SetObj, b as *mut SetObj);
}

/// `a ^= b`.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_symmetric_difference_update(a: *mut Obj, b: *mut Obj) {
    if frozen::refuse_frozen(a, "symmetric_difference_update") {
        return;
    }
    let _ = symmetric_difference_update(a as *mut SetObj, b as *mut SetObj);
}

/// `a <= b`.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_issubset(a: *mut Obj, b: *mut Obj) -> u8 {
    matches!(issubset(a as *mut SetObj, b as *mut SetObj), Ok(true)) as u8
}

/// `a.isdisjoint(b)`: whether they have no element in common.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_isdisjoint(a: *mut Obj, b: *mut Obj) -> u8 {
    let Ok(common) = intersection(a as *mut SetObj, b as *mut SetObj) else {
        return 0;
    };
    let none = (*common).used == 0;
    decref(common as *mut Obj);
    none as u8
}

/// `a >= b`.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_issuperset(a: *mut Obj, b: *mut Obj) -> u8 {
    matches!(issubset(b as *mut SetObj, a as *mut SetObj), Ok(true)) as u8
}

/// `a == b`.
///
/// # Safety
/// `a` and `b` must be live sets.
#[no_mangle]
pub unsafe extern "C" fn nx_set_eq(a: *mut Obj, b: *mut Obj) -> u8 {
    matches!(set_eq(a as *mut SetObj, b as *mut SetObj), Ok(true)) as u8
}

/// `s.copy()`.
///
/// # Safety
/// `s` must be a live set.
#[no_mangle]
pub unsafe extern "C" fn nx_set_copy(s: *mut Obj) -> *mut Obj {
    copy(s as *mut SetObj) as *mut Obj
}

/// `s.clear()`.
///
/// # Safety
/// `s` must be a live set.
#[no_mangle]
pub unsafe extern "C" fn nx_set_clear(s: *mut Obj) {
    if frozen::refuse_frozen(s, "clear") {
        return;
    }
    clear(s as *mut SetObj);
}

pub(crate) mod frozen;
pub use frozen::{is_frozen, nx_set_copy_method, nx_set_freeze, FROZENSET_TYPE};

#[cfg(test)]
mod tests;
