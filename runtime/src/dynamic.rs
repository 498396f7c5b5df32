//! Dynamic values (`Dyn`): a value whose type is known only at run time, such as a variable that
//! holds an int on one path and a float on another, or an element of a list of mixed values.
//!
//! A dynamic value is one object pointer: null is `None`; strs, lists, instances and every
//! other heap object are their own pointer; ints, floats and bools are *boxed* into the small
//! objects below. Boxes are transparent to the rest of the runtime: [`unbox`] (which
//! `list::val` calls for every object element) decodes them back into numbers, so containers
//! of dynamic values print, compare, hash and sort exactly like CPython's mixed containers.
//! The operators here dispatch on the decoded values with CPython's rules (an int and a float
//! give a float, `True + 1` is 2, `"a" * 3`, …) and raise CPython's `TypeError`s otherwise.

use crate::exc::raise;
use crate::float::float_repr;
use crate::global::Global;
use crate::int::{int_to_string, is_small, make_int, nx_int_to_float, retain};
use crate::list::{decref, incref, num, type_name, val_cmp, val_eq, Num, Val};
use crate::object::{free_object, track_alloc, Obj, TypeInfo};
use crate::str::{new_str, STR_TYPE};
use natrix_abi::{DynCmp, DynOp, ExcKind, IMMORTAL_REFCNT, INT_ERROR};
use std::alloc::Layout;
use std::cmp::Ordering;

/// A boxed int: the tagged word (owning its big int, if any).
#[repr(C)]
struct IntBox {
    hdr: Obj,
    v: i64,
}

#[repr(C)]
struct FloatBox {
    hdr: Obj,
    v: f64,
}

/// `True` and `False`: two immortal objects.
#[repr(C)]
struct BoolBox {
    hdr: Obj,
    v: u8,
}

macro_rules! box_type {
    ($name:ident, $py:literal, $dealloc:ident) => {
        pub static $name: TypeInfo = TypeInfo {
            name: $py,
            dealloc: $dealloc,
            traverse: None,
            clear: None,
            repr: Some(box_repr),
            str: Some(box_repr),
            hash: Some(box_hash),
            eq: Some(box_eq),
            compare: Some(box_compare),
        };
    };
}

box_type!(INT_BOX_TYPE, "int", int_box_dealloc);
box_type!(FLOAT_BOX_TYPE, "float", float_box_dealloc);
box_type!(BOOL_BOX_TYPE, "bool", bool_dealloc);

unsafe fn int_box_dealloc(o: *mut Obj) {
    let v = (*(o as *mut IntBox)).v;
    if !is_small(v) {
        decref((v - 1) as *mut Obj);
    }
    free_object(o, Layout::new::<IntBox>());
}

unsafe fn float_box_dealloc(o: *mut Obj) {
    free_object(o, Layout::new::<FloatBox>());
}

unsafe fn bool_dealloc(_: *mut Obj) {
    crate::exc::fatal("nx_dealloc: True or False released (they are immortal)");
}

unsafe fn box_repr(o: *mut Obj) -> *mut Obj {
    val_str(unbox(o))
}

unsafe fn box_hash(o: *mut Obj) -> i64 {
    match crate::tuple::item_hash_val(unbox(o)) {
        Ok(h) => make_int(h as i128),
        Err(()) => INT_ERROR,
    }
}

unsafe fn box_eq(a: *mut Obj, b: *mut Obj) -> i64 {
    match val_eq(unbox(a), unbox(b)) {
        Ok(r) => r as i64,
        Err(()) => -1,
    }
}

unsafe fn box_compare(a: *mut Obj, b: *mut Obj) -> i64 {
    crate::list::cmp_code(val_cmp(unbox(a), unbox(b)))
}

static BOOLS: Global<[*mut Obj; 2]> = Global::new([std::ptr::null_mut(); 2]);

/// `True` or `False` (immortal: no reference is taken).
pub(crate) fn bool_obj(b: bool) -> *mut Obj {
    // SAFETY: single-threaded; the two objects are made once and never freed.
    unsafe {
        let slot = &mut BOOLS.get()[b as usize];
        if slot.is_null() {
            *slot = Box::into_raw(Box::new(BoolBox {
                hdr: Obj {
                    refcnt: IMMORTAL_REFCNT,
                    ty: &BOOL_BOX_TYPE,
                },
                v: b as u8,
            })) as *mut Obj;
        }
        *slot
    }
}

/// Decodes a dynamic value (a borrowed pointer, null for `None`).
///
/// # Safety
/// `o` must be null or point to a live object.
#[inline]
pub(crate) unsafe fn unbox(o: *mut Obj) -> Val {
    if o.is_null() {
        return Val::None;
    }
    let ty = (*o).ty;
    if std::ptr::eq(ty, &INT_BOX_TYPE) {
        Val::Int((*(o as *mut IntBox)).v)
    } else if std::ptr::eq(ty, &FLOAT_BOX_TYPE) {
        Val::Float((*(o as *mut FloatBox)).v)
    } else if std::ptr::eq(ty, &BOOL_BOX_TYPE) {
        Val::Bool((*(o as *mut BoolBox)).v != 0)
    } else {
        Val::Obj(o)
    }
}

/// A value as a new dynamic reference (the value itself is borrowed).
///
/// # Safety
/// `v` must be a live value.
pub(crate) unsafe fn boxed(v: Val) -> *mut Obj {
    match v {
        Val::Int(i) => nx_dyn_from_int(i),
        Val::Float(f) => nx_dyn_from_float(f),
        Val::Bool(b) => bool_obj(b),
        Val::None => std::ptr::null_mut(),
        Val::Obj(o) => {
            incref(o);
            o
        }
    }
}

/// Boxes a tagged int (borrowed).
///
/// # Safety
/// `i` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_from_int(i: i64) -> *mut Obj {
    let layout = Layout::new::<IntBox>();
    let p = std::alloc::alloc(layout) as *mut IntBox;
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    track_alloc();
    p.write(IntBox {
        hdr: Obj {
            refcnt: 1,
            ty: &INT_BOX_TYPE,
        },
        v: retain(i),
    });
    p as *mut Obj
}

#[no_mangle]
pub unsafe extern "C" fn nx_dyn_from_float(x: f64) -> *mut Obj {
    let layout = Layout::new::<FloatBox>();
    let p = std::alloc::alloc(layout) as *mut FloatBox;
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    track_alloc();
    p.write(FloatBox {
        hdr: Obj {
            refcnt: 1,
            ty: &FLOAT_BOX_TYPE,
        },
        v: x,
    });
    p as *mut Obj
}

#[no_mangle]
pub unsafe extern "C" fn nx_dyn_from_bool(b: u8) -> *mut Obj {
    bool_obj(b != 0)
}

/// A dynamic value used where Python needs an int (`range(x)`, `xs[x]`, `chr(x)`): a new
/// tagged int, or `TypeError` as CPython's `__index__` check gives it.
///
/// # Safety
/// `o` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_to_int(o: *mut Obj) -> i64 {
    int_or_type_error(o, |t| {
        format!("'{t}' object cannot be interpreted as an integer")
    })
}

/// `ord(x)` of a dynamic value: the code of a str's one character; CPython's TypeError for
/// a value of another type.
///
/// # Safety
/// `o` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_ord(o: *mut Obj) -> i64 {
    match unbox(o) {
        Val::Obj(s) if std::ptr::eq((*s).ty, &crate::str::STR_TYPE) => {
            crate::str_methods::nx_str_ord(s)
        }
        v => {
            let msg = format!(
                "ord() expected string of length 1, but {} found",
                type_name(v)
            );
            raise(ExcKind::TypeError, msg);
            INT_ERROR
        }
    }
}

/// A dynamic int or bool as a new tagged int; else `TypeError` with `message(type name)`.
unsafe fn int_or_type_error(o: *mut Obj, message: impl FnOnce(&str) -> String) -> i64 {
    match unbox(o) {
        Val::Int(i) => retain(i),
        Val::Bool(b) => (b as i64) << 1,
        v => {
            raise(ExcKind::TypeError, message(&type_name(v)));
            INT_ERROR
        }
    }
}

/// A dynamic value used as an index into a list, tuple, str or bytes (`natrix_abi::IndexedSeq`
/// code `what`, a tagged int): a new tagged int, or CPython's TypeError naming the sequence.
///
/// # Safety
/// `o` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_to_index(o: *mut Obj, what: i64) -> i64 {
    int_or_type_error(o, |t| match natrix_abi::IndexedSeq::from_code(what >> 1) {
        natrix_abi::IndexedSeq::List => format!("list indices must be integers or slices, not {t}"),
        natrix_abi::IndexedSeq::Tuple => {
            format!("tuple indices must be integers or slices, not {t}")
        }
        natrix_abi::IndexedSeq::Str => format!("string indices must be integers, not '{t}'"),
        natrix_abi::IndexedSeq::Bytes => {
            format!("byte indices must be integers or slices, not {t}")
        }
    })
}

/// A dynamic value used where Python needs a float (the math functions): an int, bool or
/// float, or `TypeError`.
///
/// # Safety
/// `o` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_to_float(o: *mut Obj) -> f64 {
    match unbox(o) {
        Val::Float(f) => f,
        Val::Int(i) => nx_int_to_float(i),
        Val::Bool(b) => b as u8 as f64,
        v => {
            raise(
                ExcKind::TypeError,
                format!("must be real number, not {}", type_name(v)),
            );
            0.0
        }
    }
}

/// A dynamic value used where a str is needed: a new reference, or `TypeError`.
///
/// # Safety
/// `o` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_to_str(o: *mut Obj) -> *mut Obj {
    match unbox(o) {
        Val::Obj(s) if std::ptr::eq((*s).ty, &STR_TYPE) => {
            incref(s);
            s
        }
        v => {
            raise(
                ExcKind::TypeError,
                format!("expected str instance, {} found", type_name(v)),
            );
            std::ptr::null_mut()
        }
    }
}

/// A float operand, or `None` after raising OverflowError (an int too large for a float).
unsafe fn as_f64(n: Num) -> Option<f64> {
    match n {
        Num::Float(f) => Some(f),
        Num::Int(i) => {
            let f = nx_int_to_float(i);
            (crate::exc::nx_err_pending == 0).then_some(f)
        }
    }
}

/// A new int result (or the error the int operation raised).
unsafe fn int_result(i: i64) -> *mut Obj {
    if i == INT_ERROR {
        return std::ptr::null_mut();
    }
    let o = nx_dyn_from_int(i);
    // The box took its own reference to a big result; release the operation's.
    if !is_small(i) {
        decref((i - 1) as *mut Obj);
    }
    o
}

unsafe fn float_result(f: f64) -> *mut Obj {
    if crate::exc::nx_err_pending != 0 {
        return std::ptr::null_mut();
    }
    nx_dyn_from_float(f)
}

fn unsupported(op: DynOp, a: Val, b: Val) -> *mut Obj {
    // SAFETY: the values are live.
    let (ta, tb) = unsafe { (type_name(a), type_name(b)) };
    raise(
        ExcKind::TypeError,
        format!(
            "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
            op.symbol()
        ),
    );
    std::ptr::null_mut()
}

unsafe fn is_str(v: Val) -> bool {
    matches!(v, Val::Obj(o) if std::ptr::eq((*o).ty, &STR_TYPE))
}

unsafe fn is_list(v: Val) -> bool {
    matches!(v, Val::Obj(o) if crate::list::is_list(o))
}

unsafe fn is_bytes(v: Val) -> bool {
    matches!(v, Val::Obj(o) if crate::bytes::is_bytes(o))
}

unsafe fn is_set(v: Val) -> bool {
    matches!(v, Val::Obj(o) if crate::set::is_set(o))
}

unsafe fn is_tuple(v: Val) -> bool {
    matches!(v, Val::Obj(o) if crate::tuple::is_tuple(o))
}

fn obj(v: Val) -> *mut Obj {
    match v {
        Val::Obj(o) => o,
        _ => std::ptr::null_mut(),
    }
}

/// `a op b` on two numbers.
unsafe fn num_binop(op: DynOp, x: Num, y: Num, a: Val, b: Val) -> *mut Obj {
    use crate::int::*;
    if let (Num::Int(i), Num::Int(j)) = (x, y) {
        // bool & | ^ bool stays a bool.
        if let (Val::Bool(p), Val::Bool(q)) = (a, b) {
            match op {
                DynOp::BitAnd => return bool_obj(p & q),
                DynOp::BitOr => return bool_obj(p | q),
                DynOp::BitXor => return bool_obj(p ^ q),
                _ => {}
            }
        }
        return match op {
            DynOp::Add => int_result(nx_int_add(i, j)),
            DynOp::Sub => int_result(nx_int_sub(i, j)),
            DynOp::Mul => int_result(nx_int_mul(i, j)),
            DynOp::Div => float_result(nx_int_truediv(i, j)),
            DynOp::FloorDiv => int_result(nx_int_floordiv(i, j)),
            DynOp::Mod => int_result(nx_int_mod(i, j)),
            // A negative exponent gives a float.
            DynOp::Pow if nx_int_compare(j, 0) < 0 => match (as_f64(x), as_f64(y)) {
                (Some(p), Some(q)) => float_result(crate::float::nx_float_pow(p, q)),
                _ => std::ptr::null_mut(),
            },
            DynOp::Pow => int_result(nx_int_pow(i, j)),
            DynOp::LShift => int_result(nx_int_lshift(i, j)),
            DynOp::RShift => int_result(nx_int_rshift(i, j)),
            DynOp::BitAnd => int_result(nx_int_and(i, j)),
            DynOp::BitOr => int_result(nx_int_or(i, j)),
            DynOp::BitXor => int_result(nx_int_xor(i, j)),
            _ => unsupported(op, a, b),
        };
    }
    if matches!(
        op,
        DynOp::LShift | DynOp::RShift | DynOp::BitAnd | DynOp::BitOr | DynOp::BitXor
    ) {
        return unsupported(op, a, b);
    }
    let (Some(p), Some(q)) = (as_f64(x), as_f64(y)) else {
        return std::ptr::null_mut();
    };
    use crate::float::*;
    float_result(match op {
        DynOp::Add => p + q,
        DynOp::Sub => p - q,
        DynOp::Mul => p * q,
        DynOp::Div => nx_float_truediv(p, q),
        DynOp::FloorDiv => nx_float_floordiv(p, q),
        DynOp::Mod => nx_float_mod(p, q),
        DynOp::Pow => nx_float_pow(p, q),
        _ => return unsupported(op, a, b),
    })
}

/// `a op b` for a binary [`DynOp`] code (a tagged int): a new dynamic value, or null after raising.
///
/// # Safety
/// `a` and `b` must be null or point to live objects.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_binop(op: i64, a: *mut Obj, b: *mut Obj) -> *mut Obj {
    let code = op >> 1;
    let Some(op) = DynOp::from_code(code & !natrix_abi::DYN_INPLACE) else {
        crate::exc::fatal("nx_dyn_binop: bad operator code");
    };
    let r = binop(op, a, b);
    if r.is_null() && code & natrix_abi::DYN_INPLACE != 0 {
        // An augmented assignment names its own operator: `+=`, `**=`.
        if let Some(e) = crate::exc::pending() {
            let binary = format!("unsupported operand type(s) for {}:", op.symbol());
            if let Some(rest) = e.msg.strip_prefix(&binary) {
                let sym = if op == DynOp::Pow { "**" } else { op.symbol() };
                let msg = format!("unsupported operand type(s) for {sym}=:{rest}");
                raise(ExcKind::TypeError, msg);
            }
        }
    }
    r
}

unsafe fn binop(op: DynOp, a: *mut Obj, b: *mut Obj) -> *mut Obj {
    let (va, vb) = (unbox(a), unbox(b));
    if let (Some(x), Some(y)) = (num(va), num(vb)) {
        return num_binop(op, x, y, va, vb);
    }
    let count = |v: Val| match v {
        Val::Int(i) => Some(i),
        Val::Bool(b) => Some((b as i64) << 1),
        _ => None,
    };
    match op {
        // `template % values` with a template known only at run time.
        DynOp::Mod if is_str(va) => crate::percent::nx_str_percent_dyn(a, b),
        DynOp::Add if is_str(va) && is_str(vb) => crate::str::nx_str_concat(a, b),
        DynOp::Add if is_list(va) && is_list(vb) => crate::list::nx_list_concat(a, b),
        DynOp::Add if is_tuple(va) && is_tuple(vb) => crate::tuple::nx_tuple_concat(a, b),
        DynOp::Add if is_bytes(va) && is_bytes(vb) => crate::bytes::nx_bytes_concat(a, b),
        DynOp::BitOr | DynOp::BitAnd | DynOp::Sub | DynOp::BitXor if is_set(va) && is_set(vb) => {
            let f = match op {
                DynOp::BitOr => crate::set::nx_set_union,
                DynOp::BitAnd => crate::set::nx_set_intersection,
                DynOp::Sub => crate::set::nx_set_difference,
                _ => crate::set::nx_set_symmetric_difference,
            };
            crate::set::dyn_op(f, a, b)
        }
        DynOp::Add if is_str(va) || is_list(va) || is_tuple(va) => {
            let what = if is_str(va) {
                "str"
            } else if is_list(va) {
                "list"
            } else {
                "tuple"
            };
            raise(
                ExcKind::TypeError,
                format!(
                    "can only concatenate {what} (not \"{}\") to {what}",
                    type_name(vb)
                ),
            );
            std::ptr::null_mut()
        }
        DynOp::Mul if is_seq(va) && count(vb).is_some() => repeat(obj(va), count(vb).unwrap_or(0)),
        DynOp::Mul if is_seq(vb) && count(va).is_some() => repeat(obj(vb), count(va).unwrap_or(0)),
        DynOp::Mul if is_seq(va) || is_seq(vb) => {
            let other = if is_seq(va) { vb } else { va };
            raise(
                ExcKind::TypeError,
                format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(other)
                ),
            );
            std::ptr::null_mut()
        }
        _ => unsupported(op, va, vb),
    }
}

/// A str, a list or a tuple: what `*` repeats.
unsafe fn is_seq(v: Val) -> bool {
    is_str(v) || is_list(v) || is_tuple(v)
}

unsafe fn repeat(seq: *mut Obj, n: i64) -> *mut Obj {
    if std::ptr::eq((*seq).ty, &STR_TYPE) {
        crate::str::nx_str_repeat(seq, n)
    } else if crate::tuple::is_tuple(seq) {
        crate::tuple::nx_tuple_repeat(seq, n)
    } else {
        crate::list::nx_list_repeat(seq, n)
    }
}

/// `op a` for a unary [`DynOp`] code (`-a`, `+a`, `~a`, `abs(a)`).
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_unary(op: i64, a: *mut Obj) -> *mut Obj {
    let Some(op) = DynOp::from_code(op >> 1) else {
        crate::exc::fatal("nx_dyn_unary: bad operator code");
    };
    let v = unbox(a);
    match (op, num(v)) {
        (DynOp::Neg, Some(Num::Int(i))) => int_result(crate::int::nx_int_neg(i)),
        (DynOp::Pos, Some(Num::Int(i))) => nx_dyn_from_int(i),
        (DynOp::Invert, Some(Num::Int(i))) => int_result(crate::int::nx_int_invert(i)),
        (DynOp::Abs, Some(Num::Int(i))) => int_result(crate::int::nx_int_abs(i)),
        (DynOp::Neg, Some(Num::Float(f))) => nx_dyn_from_float(-f),
        (DynOp::Pos, Some(Num::Float(f))) => nx_dyn_from_float(f),
        (DynOp::Abs, Some(Num::Float(f))) => nx_dyn_from_float(f.abs()),
        _ => {
            let msg = match op {
                DynOp::Abs => format!("bad operand type for abs(): '{}'", type_name(v)),
                _ => format!("bad operand type for {}: '{}'", op.symbol(), type_name(v)),
            };
            raise(ExcKind::TypeError, msg);
            std::ptr::null_mut()
        }
    }
}

/// CPython's TypeError for comparison `op` of two values that have no ordering.
fn not_supported_by(op: DynCmp, va: Val, vb: Val) {
    // SAFETY: the values come from live dynamic values.
    let (an, bn) = unsafe { (type_name(va), type_name(vb)) };
    raise(
        ExcKind::TypeError,
        format!(
            "'{}' not supported between instances of '{an}' and '{bn}'",
            op.symbol()
        ),
    );
}

/// `a is b` of two dynamic values: the same object, or two equal ints CPython caches.
///
/// # Safety
/// `a` and `b` must be null or point to live objects.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_is(a: *mut Obj, b: *mut Obj) -> u8 {
    if a == b {
        return 1;
    }
    // A number is boxed each time it enters a dynamic value; CPython shares the ints from
    // -5 to 256 (and `True`/`False`, which are singletons here too).
    match (unbox(a), unbox(b)) {
        (Val::Int(x), Val::Int(y)) => {
            (x == y && crate::int::small(x).is_some_and(|v| (-5..=256).contains(&v))) as u8
        }
        _ => 0,
    }
}

/// `a op b` for a [`DynCmp`] code: 0 or 1, or 0 with the pending flag set after raising.
///
/// # Safety
/// `a` and `b` must be null or point to live objects.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_compare(op: i64, a: *mut Obj, b: *mut Obj) -> u8 {
    let Some(op) = DynCmp::from_code(op >> 1) else {
        crate::exc::fatal("nx_dyn_compare: bad comparison code");
    };
    let (va, vb) = (unbox(a), unbox(b));
    let instance = |v: Val| matches!(v, Val::Obj(o) if crate::instance::is_instance(o));
    if matches!(op, DynCmp::Lt | DynCmp::Gt)
        && (instance(va) || instance(vb))
        && !crate::instance::same_ordered(a, b)
    {
        // `v < 3`, `3 > v`, `circle < square`: `__lt__`, or the other operand's `__gt__`.
        let (x, y) = if op == DynCmp::Lt { (a, b) } else { (b, a) };
        return match crate::instance::less_other(x, y, op == DynCmp::Gt) {
            Some(r) => (r == 1) as u8,
            None => {
                not_supported_by(op, va, vb);
                0
            }
        };
    }
    if matches!(op, DynCmp::Eq | DynCmp::Ne) && (instance(va) || instance(vb)) {
        // The operator asks `__eq__` even of an object and itself (containers do not).
        let (x, y) = if instance(va) { (a, b) } else { (b, a) };
        let r = crate::instance::instance_eq(x, y);
        return match r {
            -1 => 0,
            r => ((r == 1) == (op == DynCmp::Eq)) as u8,
        };
    }
    let r = match op {
        DynCmp::Eq => val_eq(va, vb),
        DynCmp::Ne => val_eq(va, vb).map(|r| !r),
        // Sets (and frozensets) are ordered by inclusion.
        _ if matches!((va, vb), (Val::Obj(x), Val::Obj(y))
            if crate::set::is_set(x) && crate::set::is_set(y)) =>
        {
            let (Val::Obj(x), Val::Obj(y)) = (va, vb) else {
                unreachable!("checked")
            };
            let (sub, sup) = match op {
                DynCmp::Lt | DynCmp::Le => (x, y),
                _ => (y, x),
            };
            let included = crate::set::nx_set_issubset(sub, sup) == 1;
            if crate::exc::pending_kind().is_some() {
                return 0;
            }
            let strict = matches!(op, DynCmp::Lt | DynCmp::Gt);
            let smaller = crate::set::nx_set_len(sub) != crate::set::nx_set_len(sup);
            Ok(included && (!strict || smaller))
        }
        _ => {
            let o = match val_cmp(va, vb) {
                Ok(o) => o,
                Err(()) => {
                    // val_cmp names `<`; name the operator that ran.
                    if let Some(e) = crate::exc::pending() {
                        if e.msg.starts_with("'<' not supported") {
                            not_supported_by(op, va, vb);
                        }
                    }
                    return 0;
                }
            };
            Ok(match (op, o) {
                (_, None) => false,
                (DynCmp::Lt, Some(o)) => o == Ordering::Less,
                (DynCmp::Le, Some(o)) => o != Ordering::Greater,
                (DynCmp::Gt, Some(o)) => o == Ordering::Greater,
                (DynCmp::Ge, Some(o)) => o != Ordering::Less,
                _ => unreachable!("equality handled above"),
            })
        }
    };
    r.map(|b| b as u8).unwrap_or(0)
}

/// The truth of a dynamic value: numbers against zero, containers by length, None false,
/// other objects true.
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_truth(a: *mut Obj) -> u8 {
    let t = match unbox(a) {
        Val::None => false,
        Val::Bool(b) => b,
        Val::Int(i) => i != 0,
        Val::Float(f) => f != 0.0,
        // A container (also a range, a dict view, a frozenset, bytes): true when not empty.
        Val::Obj(o) if crate::bytes::is_bytes(o) => crate::bytes::nx_bytes_len(o) != 0,
        Val::Obj(o)
            if !crate::instance::is_instance(o)
                && !std::ptr::eq((*o).ty, &crate::exc_obj::EXC_TYPE) =>
        {
            match crate::dyn_containers::container_len(o) {
                Some(n) => n != 0,
                None => true,
            }
        }
        Val::Obj(_) => true,
    };
    t as u8
}

/// `str(v)` of a decoded value as a new str.
pub(crate) unsafe fn val_str(v: Val) -> *mut Obj {
    match v {
        Val::Int(i) => match int_to_string(i) {
            Some(s) => new_str(&s),
            None => std::ptr::null_mut(),
        },
        Val::Float(f) => new_str(&float_repr(f)),
        Val::Bool(b) => new_str(if b { "True" } else { "False" }),
        Val::None => new_str("None"),
        Val::Obj(o) => crate::exc_obj::nx_obj_str(o),
    }
}

/// `str(a)`.
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_str(a: *mut Obj) -> *mut Obj {
    val_str(unbox(a))
}

/// `repr(a)`.
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_repr(a: *mut Obj) -> *mut Obj {
    let mut s = String::new();
    if crate::list::val_repr(unbox(a), &mut s) {
        new_str(&s)
    } else {
        std::ptr::null_mut()
    }
}

/// `format(a, spec)`.
///
/// # Safety
/// `a` must be null or point to a live object; `spec` to a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_format(a: *mut Obj, spec: *mut Obj) -> *mut Obj {
    crate::format::format_val(unbox(a), spec)
}

/// The spec of `format(x, spec)` given as a dynamic value: a new reference to the str, or
/// CPython's TypeError.
///
/// # Safety
/// `spec` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_format_spec(spec: *mut Obj) -> *mut Obj {
    match unbox(spec) {
        Val::Obj(s) if std::ptr::eq((*s).ty, &STR_TYPE) => {
            incref(s);
            s
        }
        v => {
            raise(
                ExcKind::TypeError,
                format!("format() argument 2 must be str, not {}", type_name(v)),
            );
            std::ptr::null_mut()
        }
    }
}

/// `hash(a)` as a tagged int.
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_hash(a: *mut Obj) -> i64 {
    match crate::tuple::item_hash_val(unbox(a)) {
        Ok(h) => make_int(h as i128),
        Err(()) => INT_ERROR,
    }
}

/// `int(a)`: ints as they are, floats truncated, strs parsed.
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_int(a: *mut Obj) -> i64 {
    match unbox(a) {
        Val::Int(i) => retain(i),
        Val::Bool(b) => (b as i64) << 1,
        Val::Float(f) => crate::float::nx_float_to_int(f),
        Val::Obj(s) if std::ptr::eq((*s).ty, &STR_TYPE) => crate::convert::nx_str_to_int(s),
        v => {
            raise(
                ExcKind::TypeError,
                format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    type_name(v)
                ),
            );
            INT_ERROR
        }
    }
}

/// `float(a)`.
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_float(a: *mut Obj) -> f64 {
    match unbox(a) {
        Val::Float(f) => f,
        Val::Int(i) => nx_int_to_float(i),
        Val::Bool(b) => b as u8 as f64,
        Val::Obj(s) if std::ptr::eq((*s).ty, &STR_TYPE) => crate::convert::nx_str_to_float(s),
        v => {
            raise(
                ExcKind::TypeError,
                format!(
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(v)
                ),
            );
            0.0
        }
    }
}

/// `round(a)` (`has_ndigits` 0) or `round(a, ndigits)`.
///
/// # Safety
/// `a` must be null or point to a live object; `ndigits` a tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_round(a: *mut Obj, ndigits: i64, has_ndigits: u8) -> *mut Obj {
    let v = unbox(a);
    match (num(v), has_ndigits == 0) {
        (Some(Num::Int(i)), true) => int_result(retain(i)),
        (Some(Num::Int(i)), false) => int_result(crate::int::nx_int_round(i, ndigits)),
        (Some(Num::Float(f)), true) => int_result(crate::float::nx_float_round(f)),
        (Some(Num::Float(f)), false) => {
            float_result(crate::float::nx_float_round_ndigits(f, ndigits))
        }
        (None, _) => {
            raise(
                ExcKind::TypeError,
                format!("type {} doesn't define __round__ method", type_name(v)),
            );
            std::ptr::null_mut()
        }
    }
}

/// `isinstance(a, T)` for the builtin type named `name` (`bool` is an `int`).
///
/// # Safety
/// `a` must be null or point to a live object; `name` to a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_isinstance(a: *mut Obj, name: *mut Obj) -> u8 {
    isinstance_named(a, crate::str::as_str(name)) as u8
}

/// Whether dynamic value `a` is an instance of the builtin type (or exception class) named
/// `name`.
///
/// # Safety
/// `a` must be null or point to a live object.
pub unsafe fn isinstance_named(a: *mut Obj, name: &str) -> bool {
    let v = unbox(a);
    let is = |ty: &TypeInfo| matches!(v, Val::Obj(o) if std::ptr::eq((*o).ty, ty));
    match name {
        "object" => true,
        "int" => matches!(v, Val::Int(_) | Val::Bool(_)),
        "float" => matches!(v, Val::Float(_)),
        "bool" => matches!(v, Val::Bool(_)),
        "str" => is(&STR_TYPE),
        "bytes" => is(&crate::bytes::BYTES_TYPE),
        "list" => matches!(v, Val::Obj(o) if crate::list::is_list(o)) && type_name(v) == "list",
        "tuple" => matches!(v, Val::Obj(o) if crate::tuple::is_tuple(o)),
        // (A `Counter` or `OrderedDict` too: CPython's subclasses of dict.)
        "dict" => {
            is(&crate::dict::DICT_TYPE)
                || matches!(v, Val::Obj(o) if crate::instance::is_instance(o)
                    && crate::instance::class_chain(o)
                        .0
                        .iter()
                        .any(|n| natrix_abi::DICT_SUBCLASSES.contains(&n.as_str())))
        }
        "set" => is(&crate::set::SET_TYPE),
        "frozenset" => is(&crate::set::FROZENSET_TYPE),
        // An ABC of `collections.abc`: a builtin object by its type (an instance of the
        // program's classes is tested by the compiler, which knows their methods).
        abc if natrix_abi::abcs::is_abc(abc) => {
            !matches!(v, Val::Obj(o) if crate::instance::is_instance(o))
                && natrix_abi::abcs::builtin_is_abc(&crate::list::type_name(v), abc)
        }
        // A builtin exception class: an exception object, or an instance of a user class
        // deriving from it.
        other => match (ExcKind::from_name(other), v) {
            (Some(want), Val::Obj(o)) if is(&crate::exc_obj::EXC_TYPE) => (*(o
                as *mut crate::exc_obj::ExcObj))
                .kind
                .is_subclass_of(want),
            (Some(want), Val::Obj(o)) if crate::instance::is_instance(o) => {
                crate::instance::exc_kind(o).is_some_and(|k| k.is_subclass_of(want))
            }
            _ => false,
        },
    }
}

/// `divmod(a, b)` of values of run-time type: CPython's "float divmod()" ZeroDivisionError when
/// either is a float and `b` is zero (the quotient and remainder then raise the rest).
///
/// # Safety
/// `a` and `b` must be null or point to live objects.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_divmod_check(a: *mut Obj, b: *mut Obj) {
    let zero = match unbox(b) {
        Val::Float(x) => x == 0.0,
        Val::Int(i) => i == 0 && matches!(unbox(a), Val::Float(_)),
        Val::Bool(v) => !v && matches!(unbox(a), Val::Float(_)),
        _ => false,
    };
    if zero {
        raise(ExcKind::ZeroDivisionError, "float divmod()");
    }
}

/// `id(x)` of any value (numbers boxed): an object's address (a multiple of 8). A number
/// has no object to point at, so its id is made from its value, odd so as to collide with no
/// object's: equal numbers share an id (CPython: only small ints and interned values do).
///
/// # Safety
/// `a` must be null (None) or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_id(a: *mut Obj) -> i64 {
    let id: i128 = match crate::list::val(natrix_abi::ElemKind::Obj, a as i64) {
        // (A module-level function's values all stand for its one object.)
        Val::Obj(o) => match crate::closure::plain_func_number(o) {
            Some(n) => 16 * n as i128 + 13,
            None => o as usize as i128,
        },
        Val::None => 1,
        Val::Bool(b) => 3 + 2 * b as i128,
        // A big int is an object: its address (the tag bit off).
        Val::Int(bits) if !is_small(bits) => (bits - 1) as usize as i128,
        Val::Int(bits) => {
            let v = (bits >> 1) as i128;
            16 * (if v >= 0 { 2 * v } else { -2 * v - 1 }) + 9
        }
        Val::Float(f) => 16 * f.to_bits() as i128 + 11,
    };
    make_int(id)
}

/// Raises `AttributeError` for the attribute `name` of `a`, naming `a`'s type.
///
/// # Safety
/// `a` must be null or point to a live object; `name` to a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_attr_error(a: *mut Obj, name: *mut Obj) {
    // (CPython names a builtin type of a module by its full name here.)
    let ty = if !a.is_null() && crate::defaultdict::is_defaultdict(a) {
        new_str("collections.defaultdict")
    } else {
        crate::exc_obj::nx_type_name(a)
    };
    raise(
        ExcKind::AttributeError,
        format!(
            "'{}' object has no attribute '{}'",
            crate::str::as_str(ty),
            crate::str::as_str(name)
        ),
    );
    decref(ty);
}

/// `hasattr(a, name)` of a value of run-time type that is not an instance of a class of the
/// program: whether its builtin type has the attribute, from the table the compiler decides
/// static types with (`natrix_abi::builtin_attrs`). A type the table does not list has what
/// every object has.
///
/// # Safety
/// `a` must be null or point to a live object, `name` to a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_hasattr(a: *mut Obj, name: *mut Obj) -> u8 {
    use natrix_abi::builtin_attrs::{type_has, DICT_KINDS};
    let name = crate::str::as_str(name);
    let ty = if a.is_null() {
        "NoneType"
    } else if std::ptr::eq((*a).ty, &crate::exc_obj::EXC_TYPE) {
        "BaseException"
    } else {
        (*(*a).ty).name
    };
    if matches!(ty, "function" | "method")
        && crate::func_attrs::get(a, name).is_some_and(|v| {
            if !v.is_null() {
                decref(v);
            }
            true
        })
    {
        return 1;
    }
    let has = match ty {
        // (A defaultdict has its factory and `__missing__`; a plain dict has neither.)
        "dict" if DICT_KINDS.contains(&name) => Some(crate::defaultdict::is_defaultdict(a)),
        _ => type_has(ty, name),
    };
    has.or_else(|| type_has("object", name)).unwrap_or(false) as u8
}

/// Is `a` an instance of a user class?
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_is_instance(a: *mut Obj) -> u8 {
    (!a.is_null() && crate::instance::is_instance(a)) as u8
}

/// `callable(a)` of a function, a bound method or a class object (an instance's `__call__`
/// is its class's, which the compiler tests).
///
/// # Safety
/// `a` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_callable(a: *mut Obj) -> u8 {
    (!a.is_null()
        && (std::ptr::eq((*a).ty, &crate::closure::FUNC_TYPE)
            || std::ptr::eq((*a).ty, &crate::closure::METHOD_TYPE)
            || crate::class_obj::is_class(a))) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, take};
    use crate::str::as_str;

    unsafe fn text(o: *mut Obj) -> String {
        let s = nx_dyn_repr(o);
        let t = as_str(s).to_string();
        decref(s);
        t
    }

    #[test]
    fn mixed_arithmetic_follows_python() {
        let _g = lock();
        unsafe {
            let one = nx_dyn_from_int(2);
            let half = nx_dyn_from_float(0.5);
            let t = nx_dyn_from_bool(1);
            let sum = nx_dyn_binop((DynOp::Add as i64) << 1, one, half);
            assert_eq!(text(sum), "1.5");
            let two = nx_dyn_binop((DynOp::Add as i64) << 1, t, one);
            assert_eq!(text(two), "2");
            let q = nx_dyn_binop((DynOp::Div as i64) << 1, two, two);
            assert_eq!(text(q), "1.0");
            let p = nx_dyn_binop(
                (DynOp::Pow as i64) << 1,
                two,
                nx_dyn_unary((DynOp::Neg as i64) << 1, one),
            );
            assert_eq!(text(p), "0.5");
            assert_eq!(nx_dyn_compare((DynCmp::Lt as i64) << 1, half, one), 1);
            assert_eq!(nx_dyn_compare((DynCmp::Eq as i64) << 1, t, one), 1);
            assert_eq!(nx_dyn_hash(t), nx_dyn_hash(one));
            let s = new_str("a");
            assert!(nx_dyn_binop((DynOp::Add as i64) << 1, s, one).is_null());
            assert_eq!(
                take(),
                Some((
                    "TypeError",
                    "can only concatenate str (not \"int\") to str".into()
                ))
            );
            assert_eq!(nx_dyn_compare((DynCmp::Ge as i64) << 1, s, one), 0);
            assert_eq!(
                take(),
                Some((
                    "TypeError",
                    "'>=' not supported between instances of 'str' and 'int'".into()
                ))
            );
            assert!(
                nx_dyn_binop((DynOp::FloorDiv as i64) << 1, one, nx_dyn_from_float(0.0)).is_null()
            );
            assert_eq!(take().map(|e| e.0), Some("ZeroDivisionError"));
            assert_eq!(nx_dyn_truth(std::ptr::null_mut()), 0);
            assert_eq!(text(std::ptr::null_mut()), "None");
        }
    }
}
