//! Cells and function values.
//!
//! A cell is a shared box holding a function's variable that nested functions use. It is laid
//! out like a one-item tuple (see `tuple.rs`); the item is unset until the variable is first
//! assigned. Compiled code sets it with `nx_tuple_init`.
//!
//! A function value is laid out like a tuple too: the function's number (a small int), its name
//! (a str), then its closure's environment (cells, default values); compiled code fills it with
//! `nx_tuple_init` and reads it with `nx_tuple_get`. A generator's frame is laid out the same
//! way (see the compiler's `mir/build/generators.rs`).

use crate::exc::raise;
use crate::object::{Obj, TypeInfo};
use crate::str::as_str;
use crate::tuple::{init_raw, item, new_tuple_of, nx_tuple_get, tuple_dealloc, tuple_traverse};
use natrix_abi::{ElemKind, ExcKind};

pub static CELL_TYPE: TypeInfo = TypeInfo {
    name: "cell",
    dealloc: tuple_dealloc,
    traverse: Some(tuple_traverse),
    clear: Some(crate::tuple::tuple_clear),
    repr: None,
    str: None,
    hash: None,
    eq: None,
    compare: None,
};

/// A function value. CPython's function objects compare and hash by identity; here reading a
/// function without an environment (a module-level `def`) may make a new value each time, so
/// two such values of one function are equal (they stand for its one object) and hash by its
/// number; a closure is equal only to itself.
pub static FUNC_TYPE: TypeInfo = TypeInfo {
    name: "function",
    dealloc: func_dealloc,
    traverse: Some(tuple_traverse),
    clear: Some(crate::tuple::tuple_clear),
    repr: Some(func_repr),
    str: None,
    hash: Some(func_hash),
    eq: Some(func_eq),
    compare: None,
};

/// A bound method (`obj.method` as a value: a function value whose environment is the
/// object): each read makes a new one, and, as in CPython, two are equal when they bind the
/// same object to the same function (`handlers.remove(self.on_click)`).
pub static METHOD_TYPE: TypeInfo = TypeInfo {
    name: "method",
    dealloc: tuple_dealloc,
    traverse: Some(tuple_traverse),
    clear: Some(crate::tuple::tuple_clear),
    repr: Some(func_repr),
    str: None,
    hash: Some(method_hash),
    eq: Some(method_eq),
    compare: None,
};

/// CPython's `_Py_HashPointer`: the address rotated by 4 bits (its low bits are zeros).
fn pointer_hash(p: usize) -> i64 {
    let h = p.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A closure takes the attributes set on it along (`func_attrs.rs`).
unsafe fn func_dealloc(f: *mut Obj) {
    if !plain(f) {
        crate::func_attrs::forget(f);
    }
    tuple_dealloc(f);
}

/// Whether function value `f` has no environment (only its number and name).
unsafe fn plain(f: *mut Obj) -> bool {
    crate::tuple::len(f) == 2
}

unsafe fn func_hash(f: *mut Obj) -> i64 {
    let h = if plain(f) {
        item(f, 0).1 >> 1
    } else {
        pointer_hash(f as usize)
    };
    crate::int::make_int(h as i128)
}

unsafe fn func_eq(a: *mut Obj, b: *mut Obj) -> i64 {
    (std::ptr::eq((*b).ty, &FUNC_TYPE) && plain(a) && plain(b) && item(a, 0) == item(b, 0)) as i64
}

/// The function a bound method calls and the object it binds (element bits).
unsafe fn method_parts(m: *mut Obj) -> (i64, i64) {
    (item(m, 0).1, item(m, 2).1)
}

unsafe fn method_hash(m: *mut Obj) -> i64 {
    let (func, obj) = method_parts(m);
    crate::int::make_int((pointer_hash(obj as usize) ^ func) as i128)
}

unsafe fn method_eq(a: *mut Obj, b: *mut Obj) -> i64 {
    (std::ptr::eq((*b).ty, &METHOD_TYPE) && method_parts(a) == method_parts(b)) as i64
}

/// `a is b` of two function values: the same object, or two values of one function without
/// an environment (which stand for its one object, see [`FUNC_TYPE`]).
///
/// # Safety
/// `a` and `b` must be live function values.
#[no_mangle]
pub unsafe extern "C" fn nx_func_same(a: *mut Obj, b: *mut Obj) -> u8 {
    let same = if crate::class_obj::is_class(a) {
        crate::class_obj::class_eq(a, b)
    } else {
        std::ptr::eq((*a).ty, &FUNC_TYPE) as i64 & func_eq(a, b)
    };
    (a == b || same == 1) as u8
}

/// The number of the function a function value without an environment calls (`None` for
/// any other object): what identifies it, for `id()`.
///
/// # Safety
/// `o` must point to a live object.
pub(crate) unsafe fn plain_func_number(o: *mut Obj) -> Option<i64> {
    let class = std::ptr::eq((*o).ty, &crate::class_obj::CLASS_FUNC_TYPE);
    ((std::ptr::eq((*o).ty, &FUNC_TYPE) && plain(o)) || class).then(|| item(o, 0).1 >> 1)
}

/// Makes function value `f` (its function's number, name, then the object) a bound method.
///
/// # Safety
/// `f` must be a live function value with at least three items.
#[no_mangle]
pub unsafe extern "C" fn nx_func_bind(f: *mut Obj) {
    (*f).ty = &METHOD_TYPE;
}

/// `f.__name__` of a function object: the one set on it (`f.__name__ = …`), else the name
/// it was made with.
///
/// # Safety
/// `f` must be a live function object.
#[no_mangle]
pub unsafe extern "C" fn nx_func_name(f: *mut Obj) -> *mut Obj {
    if let Some(name) = crate::func_attrs::get(f, "__name__") {
        return name;
    }
    let (_, name) = item(f, 1);
    crate::str::new_str(as_str(name as *mut Obj))
}

/// `functools.wraps`: function object `dst` takes the name of `src`.
///
/// # Safety
/// `dst` and `src` must be live function objects.
#[no_mangle]
pub unsafe extern "C" fn nx_func_copy_name(dst: *mut Obj, src: *mut Obj) {
    let (_, name) = item(src, 1);
    crate::list::incref(name as *mut Obj);
    let (_, old) = item(dst, 1);
    init_raw(dst, 1, ElemKind::Obj, name);
    crate::list::decref(old as *mut Obj);
}

/// `<function name at 0x…>`.
unsafe fn func_repr(f: *mut Obj) -> *mut Obj {
    let set = crate::func_attrs::get(f, "__qualname__");
    let name = set.unwrap_or(item(f, 1).1 as *mut Obj);
    let r = crate::str::new_str(&format!("<function {} at {:#x}>", as_str(name), f as usize));
    if let Some(s) = set {
        crate::list::decref(s);
    }
    r
}

pub static GEN_TYPE: TypeInfo = TypeInfo {
    name: "generator",
    dealloc: gen_dealloc,
    traverse: Some(tuple_traverse),
    clear: Some(crate::tuple::tuple_clear),
    repr: Some(gen_repr),
    str: None,
    // (By identity, as CPython's: a scheduler keys its tasks by generator.)
    hash: Some(gen_hash),
    eq: None,
    compare: None,
};

unsafe fn gen_hash(g: *mut Obj) -> i64 {
    crate::int::make_int(pointer_hash(g as usize) as i128)
}

/// `<generator object name at 0x…>`.
unsafe fn gen_repr(g: *mut Obj) -> *mut Obj {
    crate::str::new_str(&gen_repr_text(g))
}

unsafe fn gen_repr_text(g: *mut Obj) -> String {
    let (_, name) = item(g, 1);
    format!(
        "<generator object {} at {:#x}>",
        as_str(name as *mut Obj),
        g as usize
    )
}

/// A generator frame's items: its state (a small int: `k >= 1` while suspended at its `k`-th
/// `yield`), its name, the address of its resume function, the element kind of the values
/// it yields (a small int, with bit 8 set when closing it may run code: a `yield` inside a
/// `try`), and the value its `return` gave. The compiler's `mir/build/generators.rs` lays it
/// out.
const STATE: usize = 0;
const RESUME: usize = 2;
const YIELD_KIND: usize = 3;
/// The value its `return` gave (a dynamic value: null until then).
const RESULT: usize = 4;
/// The value `send()` passed in for the `yield` it resumes (a dynamic value: null for None).
const SENT: usize = 5;
const CLOSES: i64 = 1 << 8;
/// Bit 9 of the yield-kind item: the StopIteration that finished it was taken (by a `for`
/// loop, `list()`, `next(g, default)`): a later `next()` raises one without the value.
const DELIVERED: i64 = 1 << 9;

/// What `x = yield from g` gives `x` once generator `g` is finished: the value its `return`
/// gave, a new dynamic reference (None: null).
///
/// # Safety
/// `g` must be a live generator.
#[no_mangle]
pub unsafe extern "C" fn nx_gen_result(g: *mut Obj) -> *mut Obj {
    let (_, v) = item(g, RESULT);
    if v != 0 {
        crate::list::incref(v as *mut Obj);
    }
    v as *mut Obj
}

/// [`nx_gen_result`] for a `yield from` source of run-time type (dynamic, or null for None):
/// None unless it is a generator.
///
/// # Safety
/// `v` must be a live object or null.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_gen_result(v: *mut Obj) -> *mut Obj {
    if v.is_null() || !std::ptr::eq((*v).ty, &GEN_TYPE) {
        return std::ptr::null_mut();
    }
    nx_gen_result(v)
}

/// The StopIteration a finished generator `g` raises: `StopIteration(value)` when its
/// `return` gave one, else `StopIteration()`.
///
/// # Safety
/// `g` must be a live generator.
#[no_mangle]
pub unsafe extern "C" fn nx_gen_stop(g: *mut Obj) {
    let (_, v) = item(g, RESULT);
    let (_, kind) = item(g, YIELD_KIND);
    if v == 0 || (kind >> 1) & DELIVERED != 0 {
        raise(ExcKind::StopIteration, "");
        return;
    }
    let args = crate::tuple::nx_tuple_new(1);
    crate::tuple::nx_tuple_init(args, 0, ElemKind::Obj as i64, v);
    // (Only the first StopIteration carries it, as in CPython.)
    crate::tuple::nx_tuple_init(g, RESULT as i64, ElemKind::Obj as i64, 0);
    let e = crate::exc_obj::nx_exc_new_args((ExcKind::StopIteration as i64) << 1, args);
    crate::list::decref(args);
    if !e.is_null() {
        crate::exc_obj::nx_exc_reraise(e);
        crate::list::decref(e);
    }
}

/// Generator `g` has finished and whoever iterated it took the StopIteration (a `for` loop,
/// `list()`, `next(g, default)`): the value its `return` gave stays for `yield from`
/// (`nx_gen_result`), but a later `next(g)` raises a StopIteration without it, as CPython's.
///
/// # Safety
/// `g` must be a live generator.
#[no_mangle]
pub unsafe extern "C" fn nx_gen_exhausted(g: *mut Obj) {
    let (_, kind) = item(g, YIELD_KIND);
    let tagged = ((kind >> 1) | DELIVERED) << 1;
    crate::tuple::nx_tuple_init(g, YIELD_KIND as i64, ElemKind::Int as i64, tagged);
}

/// `g.send(v)`, before it resumes `g`: `v` (dynamic, borrowed) is what the suspended `yield`
/// evaluates to; CPython's TypeError for a value other than None sent to a generator that has
/// not started.
///
/// # Safety
/// `g` must be a live generator, `v` null or a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_gen_send(g: *mut Obj, v: *mut Obj) {
    let (_, state) = item(g, STATE);
    if state >> 1 == 0 && !v.is_null() {
        raise(
            ExcKind::TypeError,
            "can't send non-None value to a just-started generator",
        );
        return;
    }
    crate::tuple::nx_tuple_init(g, SENT as i64, ElemKind::Obj as i64, v as i64);
}

/// `g.throw(exc)`, before it resumes `g`: a generator suspended at a `yield` gets `exc` (an
/// exception object or an instance of an exception class, borrowed) raised there when it
/// resumes (its state set as when closing it: [`nx_gen_raise_at_yield`] raises it); one not
/// started or finished is finished, with `exc` raised here, as CPython does.
///
/// # Safety
/// `g` must be a live generator, `exc` a live exception object or instance.
#[no_mangle]
pub unsafe extern "C" fn nx_gen_throw(g: *mut Obj, exc: *mut Obj) {
    let (_, state) = item(g, STATE);
    let k = state >> 1;
    if k >= 1 {
        crate::tuple::nx_tuple_init(g, SENT as i64, ElemKind::Obj as i64, exc as i64);
        init_raw(g, STATE, ElemKind::Int, (-(k + 1)) << 1);
        return;
    }
    init_raw(g, STATE, ElemKind::Int, natrix_abi::GEN_DONE << 1);
    clear_locals(g);
    raise_exception_value(exc);
}

/// Raises `exc` (borrowed): an instance of an exception class of the program, or an
/// exception object.
unsafe fn raise_exception_value(exc: *mut Obj) {
    if crate::instance::is_instance(exc) {
        crate::exc_obj::nx_raise_instance(exc);
    } else {
        crate::exc_obj::nx_exc_reraise(exc);
    }
}

/// At the `yield` a suspended generator resumes at to be closed or thrown into: raises what
/// `g.throw()` left in the frame, else `GeneratorExit` (closing).
///
/// # Safety
/// `g` must be a live generator.
#[no_mangle]
pub unsafe extern "C" fn nx_gen_raise_at_yield(g: *mut Obj) {
    let (_, v) = item(g, SENT);
    if v == 0 {
        raise(ExcKind::GeneratorExit, "");
        return;
    }
    let exc = v as *mut Obj;
    crate::list::incref(exc);
    crate::tuple::nx_tuple_init(g, SENT as i64, ElemKind::Obj as i64, 0);
    raise_exception_value(exc);
    crate::list::decref(exc);
}

/// What the `yield` generator `g` just resumed at evaluates to: the value `send()` passed in,
/// taken out of the frame (a new dynamic reference; null for None, as after `next()`).
///
/// # Safety
/// `g` must be a live generator.
#[no_mangle]
pub unsafe extern "C" fn nx_gen_take_sent(g: *mut Obj) -> *mut Obj {
    let (_, v) = item(g, SENT);
    if v == 0 {
        return std::ptr::null_mut();
    }
    crate::list::incref(v as *mut Obj);
    crate::tuple::nx_tuple_init(g, SENT as i64, ElemKind::Obj as i64, 0);
    v as *mut Obj
}

/// The kind of the values generator `g` yields, and whether closing it runs code.
unsafe fn yield_kind(g: *mut Obj) -> (Option<ElemKind>, bool) {
    let (_, bits) = item(g, YIELD_KIND);
    let v = bits >> 1;
    (ElemKind::from_code(v & 0xff), v & CLOSES != 0)
}

/// The resume function of generator `g`: given the frame's depth and the frame, it returns
/// the next value it yields (in the integer register for the kinds that hold a reference).
unsafe fn resume_fn(g: *mut Obj) -> unsafe extern "C" fn(i64, *mut Obj) -> i64 {
    let (_, resume) = item(g, RESUME);
    // SAFETY: the compiler stored the address of this generator's resume function.
    std::mem::transmute(resume as usize)
}

/// Drops a value a generator yielded (while closing it: nobody takes it).
unsafe fn drop_yielded(g: *mut Obj, value: i64) {
    if let (Some(kind), _) = yield_kind(g) {
        if matches!(kind, ElemKind::Int | ElemKind::OptInt) || (kind == ElemKind::Obj && value != 0)
        {
            crate::list::decref_elem(kind, value);
        }
    }
}

/// Every value generator `g` still yields, as a new list of dynamic values (a generator held
/// in a value of run-time type, iterated); null with the exception it raised.
///
/// # Safety
/// `g` must be a live generator frame.
pub unsafe fn drain(g: *mut Obj) -> *mut Obj {
    let out = crate::list::new_list(ElemKind::Obj, 0);
    if out.is_null() {
        return std::ptr::null_mut();
    }
    loop {
        match step(g) {
            Ok(Some(boxed)) => {
                crate::list::push_owned(out, boxed as i64);
            }
            Ok(None) => return out as *mut Obj,
            Err(()) => {
                crate::list::decref(out as *mut Obj);
                return std::ptr::null_mut();
            }
        }
    }
}

/// Whether generator `g` has finished.
///
/// # Safety
/// `g` must be a live generator frame.
pub(crate) unsafe fn finished(g: *mut Obj) -> bool {
    let (_, state) = item(g, STATE);
    state >> 1 == natrix_abi::GEN_DONE
}

/// Resumes generator `g` once: the value it yields next as a new dynamic reference, `None`
/// once it is finished, `Err` with the exception it raised.
pub(crate) unsafe fn step(g: *mut Obj) -> Result<Option<*mut Obj>, ()> {
    let (_, state) = item(g, STATE);
    if state >> 1 == natrix_abi::GEN_DONE {
        return Ok(None);
    }
    let f = resume_fn(g);
    let (kind, _) = yield_kind(g);
    // (The value comes back in the register of its type: a float's in a float register, a
    // bool's (and None's) in the low byte.)
    let value = match kind {
        Some(ElemKind::Float | ElemKind::OptFloat) => {
            let f: unsafe extern "C" fn(i64, *mut Obj) -> f64 = std::mem::transmute(f);
            f(1, g).to_bits() as i64
        }
        Some(ElemKind::Bool | ElemKind::OptBool | ElemKind::None) => {
            let f: unsafe extern "C" fn(i64, *mut Obj) -> u8 = std::mem::transmute(f);
            i64::from(f(1, g))
        }
        _ => f(1, g),
    };
    if crate::exc::nx_err_pending != 0 {
        return Err(());
    }
    let (_, after) = item(g, STATE);
    if after >> 1 == natrix_abi::GEN_DONE {
        return Ok(None);
    }
    let kind = kind.unwrap_or(ElemKind::Obj);
    // A boxed copy of a scalar is its own reference; an object's moves.
    let boxed = crate::dynamic::boxed(crate::list::val(kind, value));
    crate::list::decref_elem(kind, value);
    Ok(Some(boxed))
}

/// `next(g)` / `next(g, default)` (`has_default`) of a value of run-time type: a generator's
/// next value, or the default once it is finished (else its `StopIteration`); CPython's
/// TypeError for a value that is not an iterator.
///
/// # Safety
/// `g` and `default` must be null or point to live objects.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_next(g: *mut Obj, default: *mut Obj, has_default: i64) -> *mut Obj {
    if g.is_null() || !std::ptr::eq((*g).ty, &GEN_TYPE) {
        let v = crate::dynamic::unbox(g);
        let msg = format!("'{}' object is not an iterator", crate::list::type_name(v));
        raise(ExcKind::TypeError, &msg);
        return std::ptr::null_mut();
    }
    match step(g) {
        Ok(Some(v)) => v,
        Ok(None) if has_default != 0 => {
            if !default.is_null() {
                crate::list::incref(default);
            }
            default
        }
        Ok(None) => {
            nx_gen_stop(g);
            std::ptr::null_mut()
        }
        Err(()) => std::ptr::null_mut(),
    }
}

/// Resumes generator `g`, suspended at its `k`-th `yield` inside a `try`, with
/// `GeneratorExit` raised there (state `-(k + 1)`), so that its `finally` clauses and `except
/// GeneratorExit` handlers run. A generator that yields again instead of finishing is finished
/// here, with `RuntimeError: generator ignored GeneratorExit` raised; a `GeneratorExit` (or
/// `StopIteration`) it lets out is dropped; anything else it raises stays pending.
unsafe fn close_suspended(g: *mut Obj, k: i64) {
    let handling = crate::exc::handling_depth();
    // (A value `send()` passed to a `yield` that is a statement is still there: the `yield`
    // raises GeneratorExit, not what `throw()` leaves in this item.)
    crate::tuple::nx_tuple_init(g, SENT as i64, ElemKind::Obj as i64, 0);
    init_raw(g, STATE, ElemKind::Int, (-(k + 1)) << 1);
    let value = resume_fn(g)(1, g);
    let (_, after) = item(g, STATE);
    if after >> 1 >= 1 {
        // It yielded a value: drop the value, leave the handlers it stopped in.
        drop_yielded(g, value);
        crate::exc::leave_handlers_to(handling);
        init_raw(g, STATE, ElemKind::Int, natrix_abi::GEN_DONE << 1);
        raise(ExcKind::RuntimeError, "generator ignored GeneratorExit");
    } else if matches!(
        crate::exc::pending_kind(),
        Some(ExcKind::GeneratorExit | ExcKind::StopIteration)
    ) {
        crate::exc::take_pending();
    }
}

/// A generator whose last reference goes away while it is suspended at a `yield` inside a
/// `try` is closed first, as CPython does ([`close_suspended`]). What closing raises is
/// reported on stderr as CPython's "Exception ignored in" and dropped; an exception pending
/// meanwhile is kept.
unsafe fn gen_dealloc(g: *mut Obj) {
    let (_, state) = item(g, STATE);
    let k = state >> 1;
    if k >= 1 && yield_kind(g).1 {
        (*g).refcnt = 1;
        let saved = crate::exc::save_pending();
        close_suspended(g, k);
        if crate::exc::pending_kind().is_some() {
            crate::traceback::report_unraisable(&gen_repr_text(g));
        }
        crate::exc::restore_pending(saved);
        (*g).refcnt -= 1;
        if (*g).refcnt != 0 {
            return;
        }
    }
    tuple_dealloc(g);
}

/// `g.close()`: a generator suspended at a `yield` inside a `try` is closed there
/// ([`close_suspended`]; what its clauses raise goes on); any generator is finished afterwards,
/// its locals released.
///
/// # Safety
/// `g` must be a live generator frame.
#[no_mangle]
pub unsafe extern "C" fn nx_gen_close(g: *mut Obj) {
    let (_, state) = item(g, STATE);
    let k = state >> 1;
    if k >= 1 && yield_kind(g).1 {
        close_suspended(g, k);
    }
    init_raw(g, STATE, ElemKind::Int, natrix_abi::GEN_DONE << 1);
    clear_locals(g);
}

/// Releases the locals finished generator `g`'s frame still holds (the items after its
/// header), first to last, as CPython clears a finished generator's frame: a generator held in
/// one of them is closed then, not when `g` itself goes away.
///
/// # Safety
/// `g` must be a live generator frame.
pub(crate) unsafe fn clear_locals(g: *mut Obj) {
    for i in RESULT + 1..crate::tuple::len(g) {
        let (kind, bits) = item(g, i);
        init_raw(g, i, ElemKind::None, 0);
        crate::list::decref_elem(kind, bits);
    }
}

/// A new generator frame with `n` items (state, name, the locals of its body), to fill with
/// nx_tuple_init.
#[no_mangle]
pub extern "C" fn nx_gen_new(n: i64) -> *mut Obj {
    new_tuple_of(n.max(0) as usize, &GEN_TYPE)
}

/// A new function value with `n` items, each `None` until initialised.
#[no_mangle]
pub extern "C" fn nx_func_new(n: i64) -> *mut Obj {
    new_tuple_of(n.max(0) as usize, &FUNC_TYPE)
}

/// The bits of a cell whose variable was never assigned (a `None` item no `None` has).
const UNSET: i64 = -1;

/// A new cell whose variable is unassigned.
#[no_mangle]
pub extern "C" fn nx_cell_new() -> *mut Obj {
    let c = new_tuple_of(1, &CELL_TYPE);
    if !c.is_null() {
        // SAFETY: a fresh one-item tuple.
        unsafe { init_raw(c, 0, ElemKind::None, UNSET) };
    }
    c
}

/// The variable in `cell` as element bits with a new reference. When it was never assigned:
/// NameError naming it (`name`, a str) if the reader received the cell (`free`), else (the
/// function that owns the variable) UnboundLocalError.
///
/// # Safety
/// `cell` must be a live cell and `name` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_cell_get(cell: *mut Obj, name: *mut Obj, free: u8) -> i64 {
    let (kind, bits) = item(cell, 0);
    if kind == ElemKind::None && bits == UNSET {
        let name = as_str(name);
        if free != 0 {
            raise(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            );
        } else {
            raise(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            );
        }
        return 0;
    }
    nx_tuple_get(cell, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, take};

    #[test]
    fn unset_then_set() {
        let _g = lock();
        unsafe {
            let c = nx_cell_new();
            let name = crate::str::new_str("x");
            nx_cell_get(c, name, 1);
            let (kind, msg) = take().expect("NameError");
            assert_eq!(kind, "NameError");
            assert!(msg.contains("free variable 'x'"));
            nx_cell_get(c, name, 0);
            let (kind, msg) = take().expect("UnboundLocalError");
            assert_eq!(kind, "UnboundLocalError");
            assert!(msg.contains("local variable 'x'"));
            crate::tuple::nx_tuple_init(c, 0, ElemKind::Int as i64, 84);
            assert_eq!(nx_cell_get(c, name, 1), 84);
            crate::list::decref(c);
            crate::list::decref(name);
        }
    }
}
