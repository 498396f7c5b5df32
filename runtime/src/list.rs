//! `list`: growable arrays of 8-byte element slots of one `ElemKind`, and the generic object protocol (`repr`, `print`) built on the type slots.
//!
//! Layout: the object header, the length, the capacity, the element kind (fixed at creation) and
//! a pointer to a heap buffer of `capacity` slots. A slot holds the element's raw bits (see
//! [`ElemKind`]): a tagged int (a tagged big-int pointer is a counted reference), the bits of an
//! f64, 0/1 for a bool, an object pointer (a counted reference, never null), or 0 for `None`.
//!
//! Reference rules: every element stored in a list is owned by the list. `append`, `set` and
//! `insert` borrow their argument and take their own reference; `get` returns a new reference;
//! `pop` moves the list's reference to the caller; `set` releases the replaced element; the
//! deallocator releases every element.
//!
//! Known differences from CPython (see the module tests):
//! - element comparisons never take CPython's identity shortcut for floats (`x = float('nan');
//!   [x] == [x]` is False here, True in CPython); object elements (str, list) do take it;
//! - `nx_list_compare` returns 2 when the first differing elements are unordered (a NaN), like
//!   `nx_int_float_compare`, so that `<`, `<=`, `>`, `>=` are all False as in CPython;
//! - `sort` puts NaNs after every other float, in their original order (CPython's order depends
//!   on its merge pattern); among lists or tuples, a pair decided by a nested NaN counts as equal;
//! - after the first comparison of a `sort` that raises, the sort finishes without comparing
//!   further (the exception stays pending; the list holds the same elements in some order, as
//!   CPython leaves it in some order);
//! - comparison errors (`'<' not supported …`, RecursionError) in the entry points whose ABI
//!   convention is `Never` are left pending for the caller's next check; the TypeError message
//!   always names the operator `<`.

use crate::exc::raise;
use crate::global::Global;
use crate::int::{int_to_string, is_small, nx_int_compare, nx_int_float_compare, view, IntRef};
use crate::object::{
    free_object, not_orderable, not_orderable_objs, nx_dealloc, track_alloc, Obj, TypeInfo,
    CMP_ERROR,
};
use crate::slice::adjust_slice;
use crate::str::{as_str, new_str, STR_TYPE};
use natrix_abi::{ElemKind, ExcKind, INT_ERROR};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::alloc::Layout;
use std::cmp::Ordering;

/// A list object.
#[repr(C)]
pub struct ListObj {
    pub hdr: Obj,
    pub len: usize,
    pub cap: usize,
    pub kind: ElemKind,
    /// `cap` slots (null when `cap` is 0).
    pub items: *mut i64,
}

const _: () = assert!(std::mem::offset_of!(ListObj, len) as u64 == natrix_abi::LIST_LEN_OFFSET);
const _: () = assert!(std::mem::offset_of!(ListObj, cap) as u64 == natrix_abi::LIST_CAP_OFFSET);
const _: () = assert!(std::mem::offset_of!(ListObj, items) as u64 == natrix_abi::LIST_ITEMS_OFFSET);

/// The type of lists of objects (`ElemKind::Obj`): their elements may form cycles, so it has a
/// `traverse` slot.
pub static LIST_TYPE: TypeInfo = TypeInfo {
    name: "list",
    dealloc: list_dealloc,
    traverse: Some(list_traverse),
    clear: Some(list_clear_slot),
    repr: Some(list_repr_slot),
    str: None,
    hash: None,
    eq: Some(list_eq_slot),
    compare: Some(list_compare_slot),
};

/// The type of lists of ints, floats, bools or `None`: acyclic, so no `traverse` slot.
pub static LIST_SCALAR_TYPE: TypeInfo = TypeInfo {
    name: "list",
    dealloc: list_dealloc,
    traverse: None,
    clear: None,
    repr: Some(list_repr_slot),
    str: None,
    hash: None,
    eq: Some(list_eq_slot),
    compare: Some(list_compare_slot),
};

/// Is `obj` a list (of any kind)?
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn is_list(obj: *const Obj) -> bool {
    let ty = (*obj).ty;
    std::ptr::eq(ty, &LIST_TYPE) || std::ptr::eq(ty, &LIST_SCALAR_TYPE)
}

// ---- references ----

/// Takes a new reference to an object.
///
/// # Safety
/// `o` must point to a live object.
#[inline]
pub unsafe fn incref(o: *mut Obj) {
    (*o).refcnt += 1;
}

/// Releases a reference to an object, freeing it at zero.
///
/// # Safety
/// `o` must point to a live object the caller holds a reference to.
#[inline]
pub unsafe fn decref(o: *mut Obj) {
    (*o).refcnt -= 1;
    if (*o).refcnt == 0 {
        nx_dealloc(o);
    }
}

/// The object an element's bits refer to, if they are a counted reference.
#[inline]
pub(crate) fn elem_obj(kind: ElemKind, bits: i64) -> Option<*mut Obj> {
    match kind {
        // The error word (an int local whose operation raised, saved in a generator's frame
        // after the exception was caught) holds nothing, like a small int.
        ElemKind::Int if !is_small(bits) && bits != natrix_abi::INT_ERROR => {
            Some((bits - 1) as *mut Obj)
        }
        ElemKind::OptInt
            if bits != natrix_abi::OPT_INT_NONE
                && !is_small(bits)
                && bits != natrix_abi::INT_ERROR =>
        {
            Some((bits - 1) as *mut Obj)
        }
        // A null object element is `None` (an `Optional[C]` element).
        ElemKind::Obj if bits != 0 => Some(bits as *mut Obj),
        _ => None,
    }
}

/// Takes a new reference to an element.
///
/// # Safety
/// `bits` must be a valid element of `kind`.
#[inline]
pub unsafe fn incref_elem(kind: ElemKind, bits: i64) {
    if let Some(o) = elem_obj(kind, bits) {
        incref(o);
    }
}

/// Releases a reference to an element.
///
/// # Safety
/// `bits` must be a valid element of `kind` the caller owns a reference to.
#[inline]
pub unsafe fn decref_elem(kind: ElemKind, bits: i64) {
    if let Some(o) = elem_obj(kind, bits) {
        decref(o);
    }
}

// ---- allocation ----

fn buffer_layout(cap: usize) -> Option<Layout> {
    Layout::array::<i64>(cap).ok()
}

pub(crate) fn memory_error() {
    raise(ExcKind::MemoryError, "");
}

/// A new empty list of `kind` with room for `cap` elements, or null with MemoryError raised.
pub fn new_list(kind: ElemKind, cap: usize) -> *mut ListObj {
    let items = if cap == 0 {
        std::ptr::null_mut()
    } else {
        let Some(layout) = buffer_layout(cap) else {
            memory_error();
            return std::ptr::null_mut();
        };
        // SAFETY: non-zero size.
        let p = unsafe { std::alloc::alloc(layout) } as *mut i64;
        if p.is_null() {
            memory_error();
            return std::ptr::null_mut();
        }
        p
    };
    let ty: &'static TypeInfo = if kind == ElemKind::Obj {
        &LIST_TYPE
    } else {
        &LIST_SCALAR_TYPE
    };
    // SAFETY: the layout is non-zero-sized; the fields are written before the pointer escapes.
    unsafe {
        let l = crate::object::alloc_object(Layout::new::<ListObj>(), ty) as *mut ListObj;
        if l.is_null() {
            if let Some(layout) = buffer_layout(cap).filter(|_| cap > 0) {
                std::alloc::dealloc(items as *mut u8, layout);
            }
            memory_error();
            return l;
        }
        track_alloc();
        l.write(ListObj {
            hdr: Obj { refcnt: 1, ty },
            len: 0,
            cap,
            kind,
            items,
        });
        l
    }
}

/// Frees a detached element buffer of capacity `cap`.
pub(crate) unsafe fn free_buffer(items: *mut i64, cap: usize) {
    if cap > 0 && !items.is_null() {
        if let Some(layout) = buffer_layout(cap) {
            std::alloc::dealloc(items as *mut u8, layout);
        }
    }
}

/// Makes room for `extra` more elements (amortised doubling), or raises MemoryError.
pub(crate) unsafe fn reserve(l: *mut ListObj, extra: usize) -> bool {
    let (len, cap) = ((*l).len, (*l).cap);
    let Some(need) = len.checked_add(extra) else {
        memory_error();
        return false;
    };
    if need <= cap {
        return true;
    }
    let new_cap = need.max(cap.saturating_mul(2)).max(4);
    let Some(new_layout) = buffer_layout(new_cap).filter(|l| l.size() <= isize::MAX as usize)
    else {
        memory_error();
        return false;
    };
    let p = if cap == 0 {
        std::alloc::alloc(new_layout)
    } else {
        // The old layout was valid when allocated.
        let old = Layout::from_size_align_unchecked(cap * 8, 8);
        std::alloc::realloc((*l).items as *mut u8, old, new_layout.size())
    } as *mut i64;
    if p.is_null() {
        memory_error();
        return false;
    }
    (*l).items = p;
    (*l).cap = new_cap;
    true
}

/// The elements of a list.
///
/// # Safety
/// `l` must be a live list, not mutated while the slice is used.
pub unsafe fn items<'a>(l: *const ListObj) -> &'a [i64] {
    if (*l).len == 0 {
        &[]
    } else {
        std::slice::from_raw_parts((*l).items, (*l).len)
    }
}

#[inline]
unsafe fn item(l: *const ListObj, i: usize) -> i64 {
    *(*l).items.add(i)
}

/// Appends an element, taking over the caller's reference.
pub(crate) unsafe fn push_owned(l: *mut ListObj, bits: i64) -> bool {
    if !reserve(l, 1) {
        return false;
    }
    *(*l).items.add((*l).len) = bits;
    (*l).len += 1;
    true
}

// Deallocation never recurses through nested containers (CPython's "trashcan"): a container
// freed while another is being freed is queued and freed by the outermost call, so a deeply
// nested list or tuple cannot overflow the stack.
struct DeallocState {
    active: bool,
    queue: Vec<(*mut Obj, unsafe fn(*mut Obj))>,
}

static DEALLOC: Global<DeallocState> = Global::new(DeallocState {
    active: false,
    queue: Vec::new(),
});

/// Runs `release(obj)` (which releases the container's contents and frees it) now, or, when
/// called from inside another container's release, queues it for the outermost call.
///
/// # Safety
/// `obj` must be a container nothing references any more, and `release` its release function.
pub(crate) unsafe fn trashcan(obj: *mut Obj, release: unsafe fn(*mut Obj)) {
    {
        let st = DEALLOC.get();
        if st.active {
            st.queue.push((obj, release));
            return;
        }
        st.active = true;
    }
    let mut next = Some((obj, release));
    while let Some((o, f)) = next {
        f(o);
        next = DEALLOC.get().queue.pop();
    }
    DEALLOC.get().active = false;
}

pub(crate) unsafe fn list_dealloc(obj: *mut Obj) {
    trashcan(obj, list_release);
}

unsafe fn list_release(o: *mut Obj) {
    let l = o as *mut ListObj;
    let (kind, len, cap, buf) = ((*l).kind, (*l).len, (*l).cap, (*l).items);
    // Last to first, as CPython does (the order in which what the elements hold is finalized).
    for i in (0..len).rev() {
        decref_elem(kind, *buf.add(i));
    }
    free_buffer(buf, cap);
    free_object(o, Layout::new::<ListObj>());
}

pub(crate) unsafe fn list_clear_slot(obj: *mut Obj) {
    nx_list_clear(obj);
}

pub(crate) unsafe fn list_traverse(obj: *mut Obj, visit: &mut dyn FnMut(*mut Obj)) {
    let l = obj as *mut ListObj;
    if (*l).kind == ElemKind::Obj {
        for &e in items(l) {
            visit(e as *mut Obj);
        }
    }
}

// ---- element values ----

/// An element, decoded.
#[derive(Clone, Copy)]
pub(crate) enum Val {
    /// A tagged int.
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Obj(*mut Obj),
}

pub(crate) fn val(kind: ElemKind, bits: i64) -> Val {
    match kind {
        ElemKind::Int => Val::Int(bits),
        ElemKind::OptInt if bits == natrix_abi::OPT_INT_NONE => Val::None,
        ElemKind::OptInt => Val::Int(bits),
        ElemKind::OptFloat if bits as u64 == natrix_abi::OPT_FLOAT_NONE_BITS => Val::None,
        ElemKind::OptFloat => Val::Float(f64::from_bits(bits as u64)),
        ElemKind::OptBool if bits == natrix_abi::OPT_BOOL_NONE as i64 => Val::None,
        ElemKind::OptBool => Val::Bool(bits != 0),
        ElemKind::Float => Val::Float(f64::from_bits(bits as u64)),
        ElemKind::Bool => Val::Bool(bits != 0),
        ElemKind::None => Val::None,
        ElemKind::Obj if bits == 0 => Val::None,
        // SAFETY: a non-null object element is a live object (boxes decode to numbers).
        ElemKind::Obj => unsafe { crate::dynamic::unbox(bits as *mut Obj) },
    }
}

/// The name of a value's type, as CPython's messages show it (an instance's class name).
pub(crate) unsafe fn type_name(v: Val) -> std::borrow::Cow<'static, str> {
    match v {
        Val::Int(_) => "int".into(),
        Val::Float(_) => "float".into(),
        Val::Bool(_) => "bool".into(),
        Val::None => "NoneType".into(),
        Val::Obj(o) if crate::instance::is_instance(o) => {
            crate::instance::short_class_name(o).into()
        }
        Val::Obj(o) => (*(*o).ty).name.into(),
    }
}

/// A number as a tagged int or a float (bools are ints).
#[derive(Clone, Copy)]
pub(crate) enum Num {
    Int(i64),
    Float(f64),
}

pub(crate) fn num(v: Val) -> Option<Num> {
    match v {
        Val::Int(i) => Some(Num::Int(i)),
        Val::Bool(b) => Some(Num::Int((b as i64) << 1)),
        Val::Float(f) => Some(Num::Float(f)),
        _ => None,
    }
}

fn ord(c: i64) -> Option<Ordering> {
    match c {
        -1 => Some(Ordering::Less),
        0 => Some(Ordering::Equal),
        1 => Some(Ordering::Greater),
        _ => None,
    }
}

/// Compares two numbers; `None` when unordered (a NaN).
unsafe fn num_cmp(a: Num, b: Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => {
            if is_small(x) && is_small(y) {
                Some(x.cmp(&y))
            } else {
                ord(nx_int_compare(x, y))
            }
        }
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Int(x), Num::Float(y)) => ord(nx_int_float_compare(x, y)),
        (Num::Float(x), Num::Int(y)) => ord(nx_int_float_compare(y, x)).map(Ordering::reverse),
    }
}

// Recursion through nested objects (==, <, repr) is bounded like CPython's C recursion check.
static DEPTH: Global<i64> = Global::new(0);

/// Enters one level of object recursion, or raises RecursionError with `what`.
pub(crate) unsafe fn enter(what: &str) -> bool {
    let d = DEPTH.get();
    if *d >= crate::exc::nx_recursion_limit.max(1) {
        raise(
            ExcKind::RecursionError,
            format!("maximum recursion depth exceeded{what}"),
        );
        return false;
    }
    *d += 1;
    true
}

pub(crate) unsafe fn leave() {
    *DEPTH.get() -= 1;
}

/// Python `a == b` on two elements. `Err` means an exception was raised.
pub(crate) unsafe fn val_eq(a: Val, b: Val) -> Result<bool, ()> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(num_cmp(x, y) == Some(Ordering::Equal));
    }
    match (a, b) {
        (Val::None, Val::None) => Ok(true),
        (Val::Obj(x), Val::Obj(y)) => obj_eq(x, y),
        // An instance against a number or None: its `__eq__`, either side (CPython reflects
        // `3 == m` to `m.__eq__(3)`).
        (Val::Obj(x), other) | (other, Val::Obj(x)) if crate::instance::is_instance(x) => {
            let o = crate::dynamic::boxed(other);
            let r = crate::instance::eq_other(x, o).unwrap_or(Ok(false));
            if !o.is_null() {
                decref(o);
            }
            r
        }
        _ => Ok(false),
    }
}

/// Python `a == b` on two objects, through the `eq` slot (identity first, like CPython's
/// `PyObject_RichCompareBool`).
unsafe fn obj_eq(a: *mut Obj, b: *mut Obj) -> Result<bool, ()> {
    if a == b {
        return Ok(true);
    }
    let equal = match (*(*a).ty).eq {
        Some(eq) => match eq(a, b) {
            -1 => return Err(()),
            r => r != 0,
        },
        None => false,
    };
    if !equal
        && !std::ptr::eq((*a).ty, (*b).ty)
        && crate::instance::is_instance(b)
        && !crate::instance::is_instance(a)
    {
        // `"x" == m`: str's `__eq__` gives NotImplemented, CPython then asks `m`.
        if let Some(r) = crate::instance::eq_other(b, a) {
            return r;
        }
    }
    Ok(equal)
}

pub(crate) fn not_supported(a: &str, b: &str) {
    not_orderable(a, b);
}

/// A comparison result as a [`crate::object::CompareFn`] returns it.
pub(crate) fn cmp_code(r: Result<Option<Ordering>, ()>) -> i64 {
    match r {
        Ok(Some(o)) => o as i64,
        Ok(None) => 2,
        Err(()) => CMP_ERROR,
    }
}

/// Python ordering of two objects through the first one's `compare` slot (strs directly):
/// `Ok(None)` when unordered (NaN), `Err` after raising.
pub(crate) unsafe fn obj_cmp(x: *mut Obj, y: *mut Obj) -> Result<Option<Ordering>, ()> {
    if std::ptr::eq((*x).ty, &STR_TYPE) && std::ptr::eq((*y).ty, &STR_TYPE) {
        return Ok(Some(as_str(x).cmp(as_str(y))));
    }
    if crate::instance::is_instance(y) && !crate::instance::is_instance(x) {
        // `"a" < k`: str has no answer; the instance's reflected method may.
        return order_result(crate::instance::order_other(x, y));
    }
    match (*(*x).ty).compare {
        Some(compare) => match compare(x, y) {
            2 => Ok(None),
            c => ord(c).map(Some).ok_or(()),
        },
        None => {
            not_orderable_objs(x, y);
            Err(())
        }
    }
}

/// An ordering a compare slot returned (`CMP_ERROR` after raising).
fn order_result(r: i64) -> Result<Option<Ordering>, ()> {
    match r {
        crate::object::CMP_ERROR => Err(()),
        c => Ok(Some(c.cmp(&0))),
    }
}

/// Python ordering of two elements: `Ok(None)` when unordered (NaN), `Err` after raising
/// TypeError for unorderable types.
pub(crate) unsafe fn val_cmp(a: Val, b: Val) -> Result<Option<Ordering>, ()> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(num_cmp(x, y));
    }
    if let (Val::Obj(x), Val::Obj(y)) = (a, b) {
        return obj_cmp(x, y);
    }
    if let (Val::Obj(x), _) | (_, Val::Obj(x)) = (a, b) {
        if crate::instance::is_instance(x) {
            // An instance and a number or None: its ordering compiled for any operand.
            let (p, q) = (crate::dynamic::boxed(a), crate::dynamic::boxed(b));
            let r = crate::instance::order_other(p, q);
            for o in [p, q] {
                if !o.is_null() {
                    decref(o);
                }
            }
            return order_result(r);
        }
    }
    not_supported(&type_name(a), &type_name(b));
    Err(())
}

/// Python `a == b` for two lists (of any kinds).
unsafe fn list_eq(a: *mut ListObj, b: *mut ListObj) -> Result<bool, ()> {
    if a == b {
        return Ok(true);
    }
    if (*a).len != (*b).len {
        return Ok(false);
    }
    if !enter(" in comparison") {
        return Err(());
    }
    let mut r = Ok(true);
    let mut i = 0;
    // Re-read the lengths: nothing mutates a list during a comparison, but stay in bounds.
    while i < (*a).len.min((*b).len) {
        match val_eq(val((*a).kind, item(a, i)), val((*b).kind, item(b, i))) {
            Ok(true) => i += 1,
            other => {
                r = other;
                break;
            }
        }
    }
    leave();
    r
}

/// Lexicographic ordering of two lists, as CPython: the first elements that differ (by `==`)
/// decide, else the lengths.
unsafe fn list_cmp(a: *mut ListObj, b: *mut ListObj) -> Result<Option<Ordering>, ()> {
    if a == b {
        // Every element is identical to itself (CPython's identity shortcut, element by element).
        return Ok(Some(Ordering::Equal));
    }
    if !enter(" in comparison") {
        return Err(());
    }
    let mut i = 0;
    let r = loop {
        if i >= (*a).len || i >= (*b).len {
            break Ok(Some((*a).len.cmp(&(*b).len)));
        }
        let (x, y) = (val((*a).kind, item(a, i)), val((*b).kind, item(b, i)));
        match val_eq(x, y) {
            Ok(true) => i += 1,
            Ok(false) => break val_cmp(x, y),
            Err(()) => break Err(()),
        }
    };
    leave();
    r
}

pub(crate) unsafe fn list_compare_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    if !is_list(b) {
        return not_orderable_objs(a, b);
    }
    cmp_code(list_cmp(a as *mut ListObj, b as *mut ListObj))
}

pub(crate) unsafe fn list_eq_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    if !is_list(b) {
        return 0;
    }
    match list_eq(a as *mut ListObj, b as *mut ListObj) {
        Ok(r) => r as i64,
        Err(()) => -1,
    }
}

// ---- repr ----

/// Lists whose repr is being built (CPython's `Py_ReprEnter`).
pub(crate) static REPR_STACK: Global<Vec<*mut Obj>> = Global::new(Vec::new());

pub(crate) const REPR_DEPTH: &str = " while getting the repr of an object";

/// Appends `repr(v)`; false after raising.
pub(crate) unsafe fn val_repr(v: Val, out: &mut String) -> bool {
    match v {
        Val::Int(i) => match int_to_string(i) {
            Some(s) => out.push_str(&s),
            None => return false,
        },
        Val::Float(f) => out.push_str(&crate::float::float_repr(f)),
        Val::Bool(b) => out.push_str(if b { "True" } else { "False" }),
        Val::None => out.push_str("None"),
        Val::Obj(o) => return obj_repr_into(o, out),
    }
    true
}

/// Appends `repr(obj)`; false after raising.
unsafe fn obj_repr_into(obj: *mut Obj, out: &mut String) -> bool {
    if is_list(obj) {
        return list_repr_into(obj as *mut ListObj, out);
    }
    if crate::tuple::is_tuple(obj) {
        return crate::tuple::tuple_repr_into(obj, out);
    }
    if std::ptr::eq((*obj).ty, &STR_TYPE) {
        out.push_str(&crate::str::py_repr(as_str(obj)));
        return true;
    }
    match (*(*obj).ty).repr {
        Some(repr) => {
            let s = repr(obj);
            if s.is_null() {
                return false;
            }
            out.push_str(as_str(s));
            decref(s);
        }
        None => out.push_str(&format!("<{} object at {:p}>", (*(*obj).ty).name, obj)),
    }
    true
}

pub(crate) unsafe fn list_repr_into(l: *mut ListObj, out: &mut String) -> bool {
    if (*l).len == 0 {
        out.push_str("[]");
        return true;
    }
    if REPR_STACK.get().contains(&(l as *mut Obj)) {
        out.push_str("[...]");
        return true;
    }
    if !enter(REPR_DEPTH) {
        return false;
    }
    REPR_STACK.get().push(l as *mut Obj);
    out.push('[');
    let mut ok = true;
    let mut i = 0;
    while i < (*l).len {
        if i > 0 {
            out.push_str(", ");
        }
        if !val_repr(val((*l).kind, item(l, i)), out) {
            ok = false;
            break;
        }
        i += 1;
    }
    out.push(']');
    REPR_STACK.get().pop();
    leave();
    ok
}

unsafe fn list_repr_slot(obj: *mut Obj) -> *mut Obj {
    let mut s = String::new();
    if list_repr_into(obj as *mut ListObj, &mut s) {
        new_str(&s)
    } else {
        std::ptr::null_mut()
    }
}

/// `repr(obj)` as Rust text, or `None` after raising.
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn repr_string(obj: *mut Obj) -> Option<String> {
    let mut s = String::new();
    obj_repr_into(obj, &mut s).then_some(s)
}

/// `repr(obj)`, through the type's `repr` slot.
///
/// # Safety
/// `obj` must point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_obj_repr(obj: *mut Obj) -> *mut Obj {
    match repr_string(obj) {
        Some(s) => new_str(&s),
        None => std::ptr::null_mut(),
    }
}

/// `print` of any object: `str(obj)` (the `str` slot, else `repr`) to the buffered stdout. An
/// error (an int past the digit limit) prints nothing and stays pending.
///
/// # Safety
/// `obj` must point to a live object, or be null (`None` of an optional value).
#[no_mangle]
pub unsafe extern "C" fn nx_print_obj(obj: *mut Obj) {
    if obj.is_null() {
        crate::print::write_stdout(b"None");
        return;
    }
    if std::ptr::eq((*obj).ty, &STR_TYPE) {
        crate::print::write_stdout(as_str(obj).as_bytes());
        return;
    }
    if let Some(str_slot) = (*(*obj).ty).str {
        let s = str_slot(obj);
        if !s.is_null() {
            crate::print::write_stdout(as_str(s).as_bytes());
            decref(s);
        }
        return;
    }
    if let Some(s) = repr_string(obj) {
        crate::print::write_stdout(s.as_bytes());
    }
}

// ---- indices ----

/// A tagged int as a machine index: `None` if it does not fit an i64 (CPython's ssize_t).
pub(crate) unsafe fn ssize(i: i64) -> Option<i64> {
    match view(i) {
        IntRef::Small(v) => Some(v),
        IntRef::Big(b) => b.to_i64(),
    }
}

pub(crate) const TOO_BIG_INDEX: &str = "cannot fit 'int' into an index-sized integer";
const TOO_BIG_SSIZE: &str = "Python int too large to convert to C ssize_t";

/// Resolves `i` (negative from the end) to a position in `0..len`, raising IndexError with
/// `msg` when out of range.
unsafe fn position(l: *const ListObj, i: i64, msg: &str) -> Option<usize> {
    let Some(v) = ssize(i) else {
        raise(ExcKind::IndexError, TOO_BIG_INDEX);
        return None;
    };
    let len = (*l).len as i128;
    let v = if v < 0 { v as i128 + len } else { v as i128 };
    if (0..len).contains(&v) {
        Some(v as usize)
    } else {
        raise(ExcKind::IndexError, msg);
        None
    }
}

fn kind_of(code: i64) -> Option<ElemKind> {
    ElemKind::from_code(code)
}

// ---- entry points ----

/// A new empty list of element kind `kind` (an `ElemKind` code) with room for `capacity`.
#[no_mangle]
pub unsafe extern "C" fn nx_list_new(kind: i64, capacity: i64) -> *mut Obj {
    let Some(kind) = kind_of(kind) else {
        raise(
            ExcKind::RuntimeError,
            format!("natrix: bad list element kind {kind}"),
        );
        return std::ptr::null_mut();
    };
    new_list(kind, capacity.max(0) as usize) as *mut Obj
}

/// `xs.append(v)`: the list takes its own reference.
///
/// # Safety
/// `l` must be a live list and `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_list_append(l: *mut Obj, v: i64) {
    let l = l as *mut ListObj;
    if push_owned(l, v) {
        incref_elem((*l).kind, v);
    }
}

/// `len(xs)`, tagged.
///
/// # Safety
/// `l` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_list_len(l: *mut Obj) -> i64 {
    ((*(l as *mut ListObj)).len as i64) << 1
}

/// `xs[i]`, a new reference.
///
/// # Safety
/// `l` must be a live list, `i` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_list_get(l: *mut Obj, i: i64) -> i64 {
    let msg = if crate::range::is_range(l) {
        "range object index out of range"
    } else {
        "list index out of range"
    };
    let l = l as *mut ListObj;
    match position(l, i, msg) {
        Some(p) => {
            let v = item(l, p);
            incref_elem((*l).kind, v);
            v
        }
        None => 0,
    }
}

/// `xs[i] = v`: takes a reference to `v`, releases the replaced element.
///
/// # Safety
/// `l` must be a live list, `i` a valid tagged int, `v` a valid element of the list's kind.
#[no_mangle]
pub unsafe extern "C" fn nx_list_set(l: *mut Obj, i: i64, v: i64) {
    let l = l as *mut ListObj;
    if let Some(p) = position(l, i, "list assignment index out of range") {
        let kind = (*l).kind;
        incref_elem(kind, v);
        let slot = (*l).items.add(p);
        let old = *slot;
        *slot = v;
        decref_elem(kind, old);
    }
}

/// `xs.pop()`: the element's reference moves to the caller.
///
/// # Safety
/// `l` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_list_pop(l: *mut Obj) -> i64 {
    let l = l as *mut ListObj;
    if (*l).len == 0 {
        raise(ExcKind::IndexError, "pop from empty list");
        return 0;
    }
    (*l).len -= 1;
    item(l, (*l).len)
}

/// `xs.pop(i)`.
///
/// # Safety
/// `l` must be a live list, `i` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_list_pop_at(l: *mut Obj, i: i64) -> i64 {
    let l = l as *mut ListObj;
    if ssize(i).is_none() {
        raise(ExcKind::OverflowError, TOO_BIG_SSIZE);
        return 0;
    }
    if (*l).len == 0 {
        raise(ExcKind::IndexError, "pop from empty list");
        return 0;
    }
    let Some(p) = position(l, i, "pop index out of range") else {
        return 0;
    };
    let base = (*l).items;
    let v = *base.add(p);
    std::ptr::copy(base.add(p + 1), base.add(p), (*l).len - p - 1);
    (*l).len -= 1;
    v
}

/// `del xs[i]`: the item removed and released; CPython's IndexError (`list assignment index
/// out of range`, also of an empty list).
///
/// # Safety
/// `l` must be a live list, `i` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_list_del_item(l: *mut Obj, i: i64) {
    let l = l as *mut ListObj;
    let Some(p) = position(l, i, "list assignment index out of range") else {
        return;
    };
    let base = (*l).items;
    let v = *base.add(p);
    std::ptr::copy(base.add(p + 1), base.add(p), (*l).len - p - 1);
    (*l).len -= 1;
    decref_elem((*l).kind, v);
}

/// `xs.insert(i, v)`, clamping `i` like CPython.
///
/// # Safety
/// `l` must be a live list, `i` a valid tagged int, `v` a valid element of the list's kind.
#[no_mangle]
pub unsafe extern "C" fn nx_list_insert(l: *mut Obj, i: i64, v: i64) {
    let l = l as *mut ListObj;
    let Some(i) = ssize(i) else {
        raise(ExcKind::OverflowError, TOO_BIG_SSIZE);
        return;
    };
    let len = (*l).len as i128;
    let mut p = i as i128;
    if p < 0 {
        p = (p + len).max(0);
    }
    let p = p.min(len) as usize;
    if !reserve(l, 1) {
        return;
    }
    let base = (*l).items;
    std::ptr::copy(base.add(p), base.add(p + 1), (*l).len - p);
    *base.add(p) = v;
    (*l).len += 1;
    incref_elem((*l).kind, v);
}

/// Position of the first element equal to `v`; `Err` after raising.
pub(crate) unsafe fn find(l: *mut ListObj, v: i64) -> Result<Option<usize>, ()> {
    find_in(l, v, 0, usize::MAX)
}

/// [`find`] among the positions `start..stop` (`stop` cut to the length, read again at each
/// step: an element's `__eq__` may shrink the list). Always inlined: for the whole list (`in`,
/// `index(x)`) the window folds away.
#[inline(always)]
unsafe fn find_in(l: *mut ListObj, v: i64, start: usize, stop: usize) -> Result<Option<usize>, ()> {
    let kind = (*l).kind;
    // Small ints and bools are equal exactly when their bits are; a big int never equals a
    // small one (results are demoted whenever they fit).
    if kind == ElemKind::Bool || (kind == ElemKind::Int && is_small(v)) {
        let all = items(l);
        let window = all.get(start..stop.min(all.len())).unwrap_or(&[]);
        return Ok(window.iter().position(|&x| x == v).map(|i| start + i));
    }
    let target = val(kind, v);
    let mut i = start;
    while i < stop.min((*l).len) {
        if val_eq(val(kind, item(l, i)), target)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `xs.remove(v)`: the first element equal to `v`, or CPython's ValueError.
///
/// # Safety
/// `l` must be a live list and `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_list_remove(l: *mut Obj, v: i64) {
    let lo = l as *mut ListObj;
    match find(lo, v) {
        Ok(Some(i)) => {
            let gone = nx_list_pop_at(l, (i as i64) << 1);
            decref_elem((*lo).kind, gone);
        }
        Ok(None) => raise(ExcKind::ValueError, "list.remove(x): x not in list"),
        Err(()) => {}
    }
}

/// `v in xs`.
///
/// # Safety
/// `l` must be a live list and `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_list_contains(l: *mut Obj, v: i64) -> u8 {
    matches!(find(l as *mut ListObj, v), Ok(Some(_))) as u8
}

/// `xs.index(v)`: ValueError "<repr> is not in list" (`range` for a range).
///
/// # Safety
/// `l` must be a live list and `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_list_index(l: *mut Obj, v: i64) -> i64 {
    index_in(l, v, 0, usize::MAX)
}

/// `xs.index(v, start, stop)`: the first position in `xs[start:stop]` (tagged bounds, clamped
/// as a slice's) holding an element equal to `v`, or [`nx_list_index`]'s ValueError.
///
/// # Safety
/// `l` must be a live list, `v` a valid element of its kind, `start` and `stop` tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_list_index_in(l: *mut Obj, v: i64, start: i64, stop: i64) -> i64 {
    let len = (*(l as *mut ListObj)).len as i64;
    let clamp = |b: i64| {
        let x = crate::slice::bound(true, b).unwrap_or(0);
        (if x < 0 {
            x.saturating_add(len).max(0)
        } else {
            x.min(len)
        }) as usize
    };
    index_in(l, v, clamp(start), clamp(stop))
}

/// [`nx_list_index`] among the positions `start..stop`.
unsafe fn index_in(l: *mut Obj, v: i64, start: usize, stop: usize) -> i64 {
    let word = crate::range::seq_word(l);
    let l = l as *mut ListObj;
    match find_in(l, v, start, stop) {
        Ok(Some(i)) => (i as i64) << 1,
        Ok(None) => {
            let mut s = String::new();
            if val_repr(val((*l).kind, v), &mut s) {
                s.push_str(" is not in ");
                s.push_str(word);
                raise(ExcKind::ValueError, s);
            }
            INT_ERROR
        }
        Err(()) => INT_ERROR,
    }
}

/// `xs.count(v)`.
///
/// # Safety
/// `l` must be a live list and `v` a valid element of its kind.
#[no_mangle]
pub unsafe extern "C" fn nx_list_count(l: *mut Obj, v: i64) -> i64 {
    let l = l as *mut ListObj;
    let kind = (*l).kind;
    let target = val(kind, v);
    let (mut n, mut i) = (0i64, 0);
    while i < (*l).len {
        match val_eq(val(kind, item(l, i)), target) {
            Ok(true) => n += 1,
            Ok(false) => {}
            Err(()) => break,
        }
        i += 1;
    }
    n << 1
}

/// `a == b`. (An error deep in a comparison, a RecursionError, is left pending.)
///
/// # Safety
/// `a` and `b` must be live lists.
#[no_mangle]
pub unsafe extern "C" fn nx_list_eq(a: *mut Obj, b: *mut Obj) -> u8 {
    matches!(list_eq(a as *mut ListObj, b as *mut ListObj), Ok(true)) as u8
}

/// Lexicographic comparison: -1, 0, 1, or 2 when the deciding elements are unordered (NaN).
/// (A TypeError or RecursionError is left pending, with result 0.)
///
/// # Safety
/// `a` and `b` must be live lists.
#[no_mangle]
pub unsafe extern "C" fn nx_list_compare(a: *mut Obj, b: *mut Obj) -> i64 {
    match list_cmp(a as *mut ListObj, b as *mut ListObj) {
        Ok(Some(o)) => o as i64,
        Ok(None) => 2,
        Err(()) => 0,
    }
}

/// A new list of `kind` holding new references to `parts` in order; null after raising.
unsafe fn list_from(kind: ElemKind, parts: &[&[i64]]) -> *mut Obj {
    let total = parts.iter().map(|p| p.len()).sum();
    let r = new_list(kind, total);
    if r.is_null() {
        return r as *mut Obj;
    }
    let mut k = 0;
    for p in parts {
        for &v in *p {
            incref_elem(kind, v);
            *(*r).items.add(k) = v;
            k += 1;
        }
    }
    (*r).len = total;
    r as *mut Obj
}

/// `a + b`.
///
/// # Safety
/// `a` and `b` must be live lists.
#[no_mangle]
pub unsafe extern "C" fn nx_list_concat(a: *mut Obj, b: *mut Obj) -> *mut Obj {
    let (a, b) = (a as *mut ListObj, b as *mut ListObj);
    let kind = if (*a).kind == (*b).kind || (*b).len == 0 {
        (*a).kind
    } else if (*a).len == 0 {
        (*b).kind
    } else {
        raise(
            ExcKind::RuntimeError,
            "natrix: concatenating lists of different element kinds",
        );
        return std::ptr::null_mut();
    };
    if (*a).len.checked_add((*b).len).is_none() {
        memory_error();
        return std::ptr::null_mut();
    }
    list_from(kind, &[items(a), items(b)])
}

/// `xs * n` (a count <= 0 gives an empty list).
///
/// # Safety
/// `l` must be a live list, `n` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_list_repeat(l: *mut Obj, n: i64) -> *mut Obj {
    let l = l as *mut ListObj;
    let Some(n) = ssize(n) else {
        raise(ExcKind::OverflowError, TOO_BIG_INDEX);
        return std::ptr::null_mut();
    };
    let kind = (*l).kind;
    let len = (*l).len;
    if n <= 0 || len == 0 {
        return new_list(kind, 0) as *mut Obj;
    }
    let n = n as usize;
    let total = match len.checked_mul(n) {
        Some(t) if t <= isize::MAX as usize / 8 => t,
        _ => {
            memory_error();
            return std::ptr::null_mut();
        }
    };
    let r = new_list(kind, total);
    if r.is_null() {
        return r as *mut Obj;
    }
    let src = items(l);
    for (k, &v) in src.iter().enumerate() {
        if let Some(o) = elem_obj(kind, v) {
            (*o).refcnt += n as i64;
        }
        *(*r).items.add(k) = v;
    }
    // Double the filled prefix until done.
    let mut filled = len;
    while filled < total {
        let c = filled.min(total - filled);
        std::ptr::copy_nonoverlapping((*r).items, (*r).items.add(filled), c);
        filled += c;
    }
    (*r).len = total;
    r as *mut Obj
}

/// `xs.copy()` / `xs[:]`.
///
/// # Safety
/// `l` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_list_copy(l: *mut Obj) -> *mut Obj {
    let l = l as *mut ListObj;
    list_from((*l).kind, &[items(l)])
}

/// `xs.clear()`: releases every element and the buffer.
///
/// # Safety
/// `l` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_list_clear(l: *mut Obj) {
    let l = l as *mut ListObj;
    // Detach first: releasing an element may reach this list again.
    let (kind, len, cap, buf) = ((*l).kind, (*l).len, (*l).cap, (*l).items);
    (*l).len = 0;
    (*l).cap = 0;
    (*l).items = std::ptr::null_mut();
    // Last to first, as CPython.
    for i in (0..len).rev() {
        decref_elem(kind, *buf.add(i));
    }
    free_buffer(buf, cap);
}

/// `xs.reverse()`.
///
/// # Safety
/// `l` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_list_reverse(l: *mut Obj) {
    let l = l as *mut ListObj;
    if (*l).len > 1 {
        std::slice::from_raw_parts_mut((*l).items, (*l).len).reverse();
    }
}

// ---- sum ----

/// `sum(xs)` of a list of ints or bools (or of values that may be None: CPython's TypeError
/// at the first None), exact.
///
/// # Safety
/// `l` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_list_sum_int(l: *mut Obj) -> i64 {
    let l = l as *mut ListObj;
    let kind = (*l).kind;
    let mut small: i128 = 0;
    let mut big: Option<BigInt> = None;
    for &e in items(l) {
        let v = if kind == ElemKind::Int {
            Val::Int(e)
        } else {
            val(kind, e)
        };
        match v {
            Val::Int(e) => match view(e) {
                IntRef::Small(v) => small += v as i128,
                IntRef::Big(b) => {
                    big = Some(match big {
                        Some(acc) => acc + b,
                        None => b.clone(),
                    })
                }
            },
            Val::Bool(b) => small += b as i128,
            other => {
                sum_operand_error("int", other);
                return INT_ERROR;
            }
        }
    }
    match big {
        Some(b) => crate::int::from_big(b + small),
        None => crate::int::make_int(small),
    }
}

/// CPython's TypeError for `acc + v` in `sum()` (`acc` of type `left`).
unsafe fn sum_operand_error(left: &str, v: Val) {
    raise(
        ExcKind::TypeError,
        format!(
            "unsupported operand type(s) for +: '{left}' and '{}'",
            type_name(v)
        ),
    );
}

/// `sum(xs)` of a list of floats: plain left-to-right addition from 0, as CPython 3.11 (so
/// `sum([0.1] * 10)` is 0.9999999999999999). Ints and bools are converted first.
///
/// # Safety
/// `l` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_list_sum_float(l: *mut Obj) -> f64 {
    let l = l as *mut ListObj;
    let kind = (*l).kind;
    let mut acc = 0.0f64;
    // Whether `acc` is a float yet: `sum` starts from the int 0.
    let mut float = false;
    for &e in items(l) {
        let v = if kind == ElemKind::Float {
            Val::Float(f64::from_bits(e as u64))
        } else {
            val(kind, e)
        };
        acc += match v {
            Val::Float(f) => {
                float = true;
                f
            }
            Val::Bool(b) => b as u8 as f64,
            Val::Int(e) => {
                let f = crate::int::nx_int_to_float(e);
                if crate::exc::nx_err_pending != 0 {
                    return 0.0;
                }
                f
            }
            other => {
                sum_operand_error(if float { "float" } else { "int" }, other);
                return 0.0;
            }
        };
    }
    acc
}

// ---- slices ----

/// `xs[start:stop:step]`; bit 0/1/2 of `has` say whether start/stop/step were given.
///
/// # Safety
/// `l` must be a live list; the given bounds valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_list_slice(
    l: *mut Obj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) -> *mut Obj {
    if std::ptr::eq((*l).ty, &crate::range::RANGE_TYPE) {
        if let Some(r) = crate::range::range_slice(l, start, stop, step, has) {
            return r;
        }
    }
    let l = l as *mut ListObj;
    let Some((start, step, count)) = adjust_slice((*l).len, start, stop, step, has) else {
        return std::ptr::null_mut();
    };
    let kind = (*l).kind;
    let r = new_list(kind, count);
    if r.is_null() {
        return r as *mut Obj;
    }
    let mut idx = start;
    for k in 0..count {
        let v = item(l, idx as usize);
        incref_elem(kind, v);
        *(*r).items.add(k) = v;
        idx += step;
    }
    (*r).len = count;
    r as *mut Obj
}

#[cfg(test)]
mod tests;
