//! Exception objects: what `except … as e` binds, and the entry points of `try`/`raise`.
//!
//! The pending exception itself stays a kind and a message in `exc.rs`; an object is made only
//! when a handler takes it (and is kept when it is raised again, so `except` binds the same
//! object). The object carries the traceback and the `__cause__`/`__context__` links.

use crate::exc::{raise, Exception, Frame, Links};
use crate::object::{free_object, track_alloc, Obj, TypeInfo};
use crate::str::{as_str, new_str, py_repr, STR_TYPE};
use natrix_abi::{ElemKind, ExcKind};
use std::alloc::Layout;

/// An exception value: its class and its message (`str(e)`).
#[repr(C)]
pub struct ExcObj {
    pub hdr: Obj,
    pub kind: ExcKind,
    pub msg: String,
    /// The repr of the argument it was raised with, when it differs from the message's.
    pub arg_repr: Option<String>,
    /// The instance of a user exception class (owned), or null: then `str`, `repr` and
    /// raising again use it.
    pub instance: *mut Obj,
    /// The arguments of a builtin exception made with several (or a container), a tuple
    /// (owned), or null: `args`, `repr` and `str` come from it.
    pub args: *mut Obj,
    /// An OSError's `filename` and `filename2` (owned dynamic values; null: None).
    pub filenames: [*mut Obj; 2],
    /// Where it was raised, innermost frame first (`__traceback__`).
    pub traceback: Vec<Frame>,
    pub links: Links,
}

pub static EXC_TYPE: TypeInfo = TypeInfo {
    name: "exception",
    dealloc: exc_dealloc,
    traverse: None,
    clear: None,
    repr: Some(exc_repr),
    str: Some(exc_str),
    hash: None,
    eq: None,
    compare: None,
};

unsafe fn exc_dealloc(obj: *mut Obj) {
    let e = &mut *(obj as *mut ExcObj);
    if !e.instance.is_null() {
        crate::list::decref(e.instance);
    }
    if !e.args.is_null() {
        crate::list::decref(e.args);
    }
    for f in e.filenames {
        if !f.is_null() {
            crate::list::decref(f);
        }
    }
    e.links.release();
    std::ptr::drop_in_place(&mut e.msg);
    std::ptr::drop_in_place(&mut e.arg_repr);
    std::ptr::drop_in_place(&mut e.traceback);
    free_object(obj, Layout::new::<ExcObj>());
}

/// An exception object's parts as owned copies: what raising it again makes pending.
///
/// # Safety
/// `obj` must be a live exception object.
pub unsafe fn exc_parts(obj: *mut Obj) -> (Exception, *mut Obj, Vec<Frame>, Links) {
    let e = &*(obj as *mut ExcObj);
    if !e.instance.is_null() {
        crate::list::incref(e.instance);
    }
    (
        exception(e),
        e.instance,
        e.traceback.clone(),
        e.links.share(),
    )
}

/// An exception object's parts with the instance and links borrowed (for printing it).
///
/// # Safety
/// `obj` must be a live exception object.
pub unsafe fn exc_view(obj: *mut Obj) -> (Exception, *mut Obj, Vec<Frame>, Links) {
    let e = &*(obj as *mut ExcObj);
    (exception(e), e.instance, e.traceback.clone(), e.links)
}

fn exception(e: &ExcObj) -> Exception {
    Exception {
        kind: e.kind,
        msg: e.msg.clone(),
        arg_repr: e.arg_repr.clone(),
    }
}

/// The user-class instance an exception object carries (borrowed), or null.
///
/// # Safety
/// `obj` must be a live exception object.
pub unsafe fn instance_of(obj: *mut Obj) -> *mut Obj {
    (*(obj as *mut ExcObj)).instance
}

/// Before `same` gets `top` as its context: unlinks `same` from the context chain of `top`,
/// so the chain stays free of cycles (as CPython does).
///
/// # Safety
/// Both must be live exception objects.
pub unsafe fn cut_context_cycle(top: *mut Obj, same: *mut Obj) {
    let mut o = top;
    let mut steps = 0;
    while !o.is_null() && steps < 10_000 {
        let e = &mut *(o as *mut ExcObj);
        if e.links.context == same {
            e.links.context = std::ptr::null_mut();
            crate::list::decref(same);
            return;
        }
        o = e.links.context;
        steps += 1;
    }
}

unsafe fn exc_str(obj: *mut Obj) -> *mut Obj {
    let inst = (*(obj as *mut ExcObj)).instance;
    if !inst.is_null() {
        return nx_obj_str(inst);
    }
    new_str(&(*(obj as *mut ExcObj)).msg)
}

/// `repr(e)`: `ValueError('bad')`, or `ValueError()` without a message.
unsafe fn exc_repr(obj: *mut Obj) -> *mut Obj {
    let e = &*(obj as *mut ExcObj);
    if !e.instance.is_null() {
        return crate::list::nx_obj_repr(e.instance);
    }
    if !e.args.is_null() {
        // `ValueError('a', 1)`: the tuple's repr without a one-item tuple's comma.
        let r = crate::list::nx_obj_repr(e.args);
        if r.is_null() {
            return r;
        }
        let t = as_str(r);
        let inner = t
            .strip_suffix(",)")
            .or_else(|| t.strip_suffix(')'))
            .unwrap_or(t);
        let inner = inner.strip_prefix('(').unwrap_or(inner);
        let out = new_str(&format!("{}({inner})", e.kind.name()));
        crate::list::decref(r);
        return out;
    }
    match &e.arg_repr {
        Some(arg) => new_str(&format!("{}({arg})", e.kind.name())),
        None if e.msg.is_empty() => new_str(&format!("{}()", e.kind.name())),
        None => new_str(&format!("{}({})", e.kind.name(), py_repr(&e.msg))),
    }
}

fn new_exc(kind: ExcKind, msg: String, arg_repr: Option<String>, instance: *mut Obj) -> *mut Obj {
    new_exc_full(kind, msg, arg_repr, instance, Vec::new(), Links::NONE)
}

fn new_exc_full(
    kind: ExcKind,
    msg: String,
    arg_repr: Option<String>,
    instance: *mut Obj,
    traceback: Vec<Frame>,
    links: Links,
) -> *mut Obj {
    let layout = Layout::new::<ExcObj>();
    // SAFETY: non-zero-sized layout; fields written before the pointer escapes.
    unsafe {
        let p = std::alloc::alloc(layout) as *mut ExcObj;
        if p.is_null() {
            std::process::abort();
        }
        track_alloc();
        std::ptr::write(
            p,
            ExcObj {
                hdr: Obj {
                    refcnt: 1,
                    ty: &EXC_TYPE,
                },
                kind,
                msg,
                arg_repr,
                instance,
                args: std::ptr::null_mut(),
                filenames: [std::ptr::null_mut(); 2],
                traceback,
                links,
            },
        );
        p as *mut Obj
    }
}

/// `raise kind(msg)`. A KeyError shows its key's repr, as CPython's `str(KeyError(k))` does.
///
/// # Safety
/// `msg` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_raise_str(kind: i64, msg: *mut Obj) {
    let text = as_str(msg);
    let kind = ExcKind::from_code(kind).unwrap_or(ExcKind::RuntimeError);
    let arg = py_repr(text);
    let shown = if kind == ExcKind::KeyError {
        arg.clone()
    } else {
        text.to_string()
    };
    crate::exc::raise_with_arg(kind, shown, arg);
}

/// Raises `kind` with an argument that is not a str but whose str is its repr (a number, a
/// tuple, a list): `raise KeyError(0)` is `KeyError: 0` and `repr(e)` is `KeyError(0)`.
///
/// # Safety
/// `text` must point to a live str; `kind` is a small int (tagged).
#[no_mangle]
pub unsafe extern "C" fn nx_raise_repr(kind: i64, text: *mut Obj) {
    let text = as_str(text).to_string();
    let kind = ExcKind::from_code(kind >> 1).unwrap_or(ExcKind::RuntimeError);
    crate::exc::raise_with_arg(kind, text.clone(), text);
}

/// `d[None]` of a dict with no None key: `KeyError: None`.
#[no_mangle]
pub extern "C" fn nx_raise_key_none() {
    crate::exc::raise_with_arg(ExcKind::KeyError, "None".into(), "None".into());
}

/// Whether the pending exception is an instance of `kind`.
#[no_mangle]
pub extern "C" fn nx_exc_matches(kind: i64) -> u8 {
    let Some(want) = ExcKind::from_code(kind) else {
        return 0;
    };
    crate::exc::pending_kind().is_some_and(|k| k.is_subclass_of(want)) as u8
}

/// Takes the pending exception as an object; nothing is pending afterwards. An exception
/// object that was raised again is handed back itself, with its traceback and links updated.
#[no_mangle]
pub extern "C" fn nx_exc_take() -> *mut Obj {
    let Some(t) = crate::exc::take_full() else {
        return new_exc(
            ExcKind::RuntimeError,
            "No active exception to reraise".into(),
            None,
            std::ptr::null_mut(),
        );
    };
    if t.obj.is_null() {
        let e = t.exc;
        return new_exc_full(e.kind, e.msg, e.arg_repr, t.instance, t.traceback, t.links);
    }
    // SAFETY: the state owned `obj`, a live exception object; its old links and instance are
    // replaced by the pending ones (which the state owned).
    unsafe {
        let e = &mut *(t.obj as *mut ExcObj);
        e.links.release();
        e.links = t.links;
        e.traceback = t.traceback;
        if !t.instance.is_null() {
            crate::list::decref(t.instance);
        }
    }
    t.obj
}

/// `raise e` of a caught exception object: raised again with a new traceback entry for this
/// frame; TypeError for None (null).
///
/// # Safety
/// `obj` must be null or a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_reraise(obj: *mut Obj) {
    if obj.is_null() {
        raise(
            ExcKind::TypeError,
            "exceptions must derive from BaseException",
        );
        return;
    }
    crate::exc::raise_again(obj, false);
}

/// A bare `raise` in the `except` clause that caught `obj` (and the end of a `finally` body
/// run by an exception): raised again, its traceback going on from this frame.
///
/// # Safety
/// `obj` must be a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_resume(obj: *mut Obj) {
    crate::exc::raise_again(obj, true);
}

/// A bare `raise` outside any `except` clause of its function: the exception being handled
/// (by a caller), or RuntimeError when there is none. As in CPython, the raising frame adds no
/// traceback entry.
#[no_mangle]
pub extern "C" fn nx_exc_reraise_current() {
    let h = crate::exc::handled();
    if h.is_null() {
        raise(ExcKind::RuntimeError, "No active exception to reraise");
    } else {
        // SAFETY: the handled stack holds live exception objects.
        unsafe { crate::exc::raise_again(h, true) };
    }
}

/// The innermost exception being handled: a new reference, or null (None) outside any
/// handler (`logging`'s `exception()`, as CPython's `sys.exc_info()`).
#[no_mangle]
pub extern "C" fn nx_exc_handled() -> *mut Obj {
    let h = crate::exc::handled();
    if !h.is_null() {
        // SAFETY: the handled stack holds live exception objects.
        unsafe { crate::list::incref(h) };
    }
    h
}

/// `e.__cause__` / `e.__context__` (`which` a tagged 0 / 1) of an exception object: a new
/// reference, or null for None.
///
/// # Safety
/// `obj` must be a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_link(obj: *mut Obj, which: i64) -> *mut Obj {
    let e = &*(obj as *mut ExcObj);
    let p = if which >> 1 == 0 {
        e.links.cause
    } else {
        e.links.context
    };
    if !p.is_null() {
        crate::list::incref(p);
    }
    p
}

/// `e.__suppress_context__` of an exception object: set by `raise … from …`.
///
/// # Safety
/// `obj` must be a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_suppress_context(obj: *mut Obj) -> u8 {
    u8::from((*(obj as *mut ExcObj)).links.suppress_context)
}

/// The exception object for `v` (borrowed): `v` itself, or for a user exception instance the
/// object that carries it while it is handled, else a new one. A new reference.
///
/// # Safety
/// `v` must be a live exception object or exception instance.
pub unsafe fn exc_object_of(v: *mut Obj) -> *mut Obj {
    if std::ptr::eq((*v).ty, &EXC_TYPE) {
        crate::list::incref(v);
        return v;
    }
    let h = crate::exc::handled_carrying(v);
    if !h.is_null() {
        crate::list::incref(h);
        return h;
    }
    crate::list::incref(v);
    let kind = crate::instance::exc_kind(v).unwrap_or(ExcKind::Exception);
    new_exc(kind, String::new(), None, v)
}

/// `raise v` of a value of run-time type (`raise errors[i]`, an item of a list holding
/// exceptions of several classes): an exception object raised again, an instance of a user
/// exception class raised, a builtin exception class's instance made without arguments;
/// CPython's TypeError for anything else. (A class of the program held in such a value is
/// not raised: see DIFFERENCES.md.)
///
/// # Safety
/// `v` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_raise_dyn(v: *mut Obj) {
    if !v.is_null() && std::ptr::eq((*v).ty, &EXC_TYPE) {
        nx_exc_reraise(v);
    } else if !v.is_null()
        && crate::instance::is_instance(v)
        && crate::instance::exc_kind(v).is_some()
    {
        nx_raise_instance(v);
    } else if let Some(kind) = (!v.is_null() && crate::class_obj::is_class(v))
        .then(|| ExcKind::from_name(&crate::class_obj::qualname(v)))
        .flatten()
    {
        raise(kind, "");
    } else {
        raise(
            ExcKind::TypeError,
            "exceptions must derive from BaseException",
        );
    }
}

/// `raise obj` for an instance of a user exception class.
///
/// # Safety
/// `obj` must be null (None: a TypeError) or a live instance of a class deriving from a
/// builtin exception.
#[no_mangle]
pub unsafe extern "C" fn nx_raise_instance(obj: *mut Obj) {
    if obj.is_null() {
        raise(
            ExcKind::TypeError,
            "exceptions must derive from BaseException",
        );
        return;
    }
    let kind = crate::instance::exc_kind(obj).unwrap_or(ExcKind::Exception);
    crate::exc::raise_instance(kind, obj);
}

/// Whether the pending exception is an instance of the class whose table is at `table`.
#[no_mangle]
pub extern "C" fn nx_exc_matches_class(table: i64) -> u8 {
    let inst = crate::exc::pending_instance();
    // SAFETY: a non-null pending instance is live.
    (!inst.is_null() && unsafe { crate::instance::derives_from(inst, table as usize) }) as u8
}

/// `ValueError("bad")` as a value: a new exception object of class `kind` (a tagged `ExcKind`
/// code) made with a str argument `text` (`how` a tagged 0), an argument whose str is its repr
/// `text` (1), or no argument (2), as `raise` makes them.
///
/// # Safety
/// `text` must point to a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_new(kind: i64, text: *mut Obj, how: i64) -> *mut Obj {
    let kind = ExcKind::from_code(kind >> 1).unwrap_or(ExcKind::RuntimeError);
    let text = as_str(text).to_string();
    let (msg, arg_repr) = match how >> 1 {
        0 => {
            let arg = py_repr(&text);
            let shown = if kind == ExcKind::KeyError {
                arg.clone()
            } else {
                text
            };
            (shown, Some(arg))
        }
        1 => (text.clone(), Some(text)),
        _ => (String::new(), None),
    };
    new_exc(kind, msg, arg_repr, std::ptr::null_mut())
}

/// `ValueError("bad", 42)` (or one container argument) as a value: a new exception object of
/// class `kind` (a tagged `ExcKind` code) whose `args` is the tuple `args` (borrowed). Its
/// message is `BaseException.__str__`'s: the one argument's str (a KeyError's: its repr), else
/// the tuple's repr.
///
/// # Safety
/// `args` must be a live tuple.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_new_args(kind: i64, args: *mut Obj) -> *mut Obj {
    let kind = ExcKind::from_code(kind >> 1).unwrap_or(ExcKind::RuntimeError);
    let n = (crate::tuple::nx_tuple_len(args) >> 1) as usize;
    if kind.is_subclass_of(ExcKind::OSError) && (2..=5).contains(&n) {
        return os_error(kind, args, n);
    }
    let msg = if n == 0 {
        String::new()
    } else if n == 1 {
        let (k, bits) = crate::tuple::item(args, 0);
        let v = crate::list::val(k, bits);
        if kind == ExcKind::KeyError {
            let mut out = String::new();
            if !crate::list::val_repr(v, &mut out) {
                return std::ptr::null_mut();
            }
            out
        } else {
            let text = crate::dynamic::val_str(v);
            if text.is_null() {
                return text;
            }
            let out = as_str(text).to_string();
            crate::list::decref(text);
            out
        }
    } else {
        let text = crate::list::nx_obj_repr(args);
        if text.is_null() {
            return text;
        }
        let out = as_str(text).to_string();
        crate::list::decref(text);
        out
    };
    let obj = new_exc(kind, msg, None, std::ptr::null_mut());
    crate::list::incref(args);
    (*(obj as *mut ExcObj)).args = args;
    obj
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: CPython's subclass for
/// the errno when the class is `OSError` itself (`OSError(2, …)` is a `FileNotFoundError`),
/// and its str `[Errno 2] No such file or directory: 'x'`.
unsafe fn os_error(kind: ExcKind, args: *mut Obj, n: usize) -> *mut Obj {
    let arg = |i: usize| {
        let (k, bits) = crate::tuple::item(args, i);
        crate::list::val(k, bits)
    };
    let kind = match (kind, arg(0)) {
        (ExcKind::OSError, crate::list::Val::Int(e)) => match e >> 1 {
            1 | 13 => ExcKind::PermissionError,
            2 => ExcKind::FileNotFoundError,
            4 => ExcKind::InterruptedError,
            17 => ExcKind::FileExistsError,
            20 => ExcKind::NotADirectoryError,
            21 => ExcKind::IsADirectoryError,
            32 | 108 => ExcKind::BrokenPipeError,
            103 => ExcKind::ConnectionAbortedError,
            104 => ExcKind::ConnectionResetError,
            110 => ExcKind::TimeoutError,
            111 => ExcKind::ConnectionRefusedError,
            _ => kind,
        },
        _ => kind,
    };
    let text = |v: crate::list::Val, repr: bool| -> Option<String> {
        let mut out = String::new();
        if repr {
            return crate::list::val_repr(v, &mut out).then_some(out);
        }
        let s = crate::dynamic::val_str(v);
        if s.is_null() {
            return None;
        }
        out.push_str(as_str(s));
        crate::list::decref(s);
        Some(out)
    };
    let (Some(errno), Some(strerror)) = (text(arg(0), false), text(arg(1), false)) else {
        return std::ptr::null_mut();
    };
    let mut msg = format!("[Errno {errno}] {strerror}");
    // A filename (and a second one), unless None.
    let named = |i: usize| n > i && !matches!(arg(i), crate::list::Val::None);
    if named(2) {
        let Some(f) = text(arg(2), true) else {
            return std::ptr::null_mut();
        };
        msg.push_str(&format!(": {f}"));
        if named(4) {
            let Some(f2) = text(arg(4), true) else {
                return std::ptr::null_mut();
            };
            msg.push_str(&format!(" -> {f2}"));
        }
    }
    // (`args` are the first two alone when there are more.)
    let kept = if n > 2 {
        let t = crate::tuple::nx_tuple_new(2);
        if t.is_null() {
            return t;
        }
        for i in 0..2 {
            let (k, bits) = crate::tuple::item(args, i);
            crate::tuple::nx_tuple_init(t, i as i64, k as i64, bits);
        }
        t
    } else {
        crate::list::incref(args);
        args
    };
    let obj = new_exc(kind, msg, None, std::ptr::null_mut());
    (*(obj as *mut ExcObj)).args = kept;
    for (slot, i) in [(0, 2), (1, 4)] {
        if named(i) {
            (*(obj as *mut ExcObj)).filenames[slot] = crate::dynamic::boxed(arg(i));
        }
    }
    obj
}

/// Whether `obj` (null: None) is an exception object of class `kind` or a subclass.
unsafe fn is_kind(obj: *mut Obj, kind: ExcKind) -> bool {
    !obj.is_null() && (*(obj as *mut ExcObj)).kind.is_subclass_of(kind)
}

/// Raises CPython's AttributeError for `obj.name` of an exception object (or None) of a
/// class without that attribute; null.
unsafe fn no_attr(obj: *mut Obj, name: &str) -> *mut Obj {
    let ty = nx_type_name(obj);
    raise(
        ExcKind::AttributeError,
        format!("'{}' object has no attribute '{name}'", as_str(ty)),
    );
    crate::list::decref(ty);
    std::ptr::null_mut()
}

/// Raises the OSError of class `kind` the C library's `errno` gives (`[Errno 2] No such file
/// or directory: 'x'`), as an object with CPython's `args`, `errno`, `strerror` and
/// `filename` (when it names a file).
pub(crate) fn raise_os_error(kind: ExcKind, errno: i32, filename: Option<&str>) {
    // Rust's text is the C library's `strerror` with " (os error n)" after it.
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let text = text.split(" (os error").next().unwrap_or("");
    // SAFETY: the tuple is filled before it is read; both references are released here.
    unsafe {
        let t = crate::tuple::nx_tuple_new(2 + i64::from(filename.is_some()));
        if t.is_null() {
            return;
        }
        let obj_kind = ElemKind::Obj as i64;
        crate::tuple::nx_tuple_init(t, 0, ElemKind::Int as i64, i64::from(errno) << 1);
        let strs = std::iter::once(text).chain(filename);
        for (i, s) in strs.enumerate() {
            let s = new_str(s);
            crate::tuple::nx_tuple_init(t, 1 + i as i64, obj_kind, s as i64);
            crate::list::decref(s);
        }
        let obj = nx_exc_new_args((kind as i64) << 1, t);
        crate::list::decref(t);
        if !obj.is_null() {
            nx_exc_reraise(obj);
            crate::list::decref(obj);
        }
    }
}

/// `e.errno`, `e.strerror`, `e.filename` or `e.filename2` (`which`, a tagged int, 0 to 3) of an exception
/// object, a dynamic value: an OSError's (None unless it was made with an errno and a
/// message); AttributeError for other exceptions, as CPython's.
///
/// # Safety
/// `obj` must be null (None: AttributeError) or a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_os_attr(obj: *mut Obj, which: i64) -> *mut Obj {
    let which = which >> 1;
    let name = ["errno", "strerror", "filename", "filename2"][(which as usize).min(3)];
    if !is_kind(obj, ExcKind::OSError) {
        return no_attr(obj, name);
    }
    let e = &*(obj as *mut ExcObj);
    match which {
        0 | 1 => {
            // (Made with an errno and a message: `args` holds those two.)
            let two = !e.args.is_null() && crate::tuple::nx_tuple_len(e.args) >> 1 == 2;
            if !two {
                return std::ptr::null_mut();
            }
            let (k, bits) = crate::tuple::item(e.args, which as usize);
            crate::dynamic::boxed(crate::list::val(k, bits))
        }
        _ => {
            let f = e.filenames[(which as usize - 2).min(1)];
            if !f.is_null() {
                crate::list::incref(f);
            }
            f
        }
    }
}

/// `isinstance(e, C)` of an exception object: whether it carries an instance of the user class
/// whose table is at `table` (or of a class deriving from it).
///
/// # Safety
/// `obj` must be a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_is_class(obj: *mut Obj, table: i64) -> u8 {
    let inst = (*(obj as *mut ExcObj)).instance;
    (!inst.is_null() && crate::instance::derives_from(inst, table as usize)) as u8
}

/// `isinstance(e, ValueError)` of an exception object: whether its class derives from the
/// builtin class `kind` (a code of `ExcKind`).
///
/// # Safety
/// `obj` must be a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_is_kind(obj: *mut Obj, kind: i64) -> u8 {
    let e = &*(obj as *mut ExcObj);
    ExcKind::from_code(kind).is_some_and(|want| e.kind.is_subclass_of(want)) as u8
}

/// The user-class instance an exception object carries, as a new reference.
///
/// # Safety
/// `obj` must be a live exception object that carries an instance (the handler's class test
/// guaranteed it).
#[no_mangle]
pub unsafe extern "C" fn nx_exc_instance(obj: *mut Obj) -> *mut Obj {
    let inst = (*(obj as *mut ExcObj)).instance;
    if inst.is_null() {
        crate::exc::fatal("nx_exc_instance: the exception carries no instance");
    }
    crate::list::incref(inst);
    inst
}

/// The user-class instance an exception object carries; null for a builtin one and for
/// other objects.
///
/// # Safety
/// `obj` must be null or point to a live object.
pub unsafe fn exc_instance_or_null(obj: *mut Obj) -> *mut Obj {
    if obj.is_null() || !std::ptr::eq((*obj).ty, &EXC_TYPE) {
        return std::ptr::null_mut();
    }
    (*(obj as *mut ExcObj)).instance
}

/// The builtin class of an exception object (of a user class: the builtin it derives from);
/// `None` for other objects.
///
/// # Safety
/// `obj` must be null or point to a live object.
pub unsafe fn exc_kind_of(obj: *mut Obj) -> Option<ExcKind> {
    if obj.is_null() || !std::ptr::eq((*obj).ty, &EXC_TYPE) {
        return None;
    }
    Some((*(obj as *mut ExcObj)).kind)
}

/// The user-class instance an exception object carries, else the exception object itself
/// (a new reference either way): what `e.name` reads an attribute of, for an `e` caught by a
/// builtin exception class.
///
/// # Safety
/// `obj` must be a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_instance_or_self(obj: *mut Obj) -> *mut Obj {
    let inst = (*(obj as *mut ExcObj)).instance;
    let out = if inst.is_null() { obj } else { inst };
    crate::list::incref(out);
    out
}

/// A dynamic value as what a class test of the program's exception classes sees: the
/// user-class instance an exception object carries, else the value itself (a new reference
/// either way; null stays null).
///
/// # Safety
/// `v` must be null or a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_dyn_unwrap_exc(v: *mut Obj) -> *mut Obj {
    let inst = exc_instance_or_null(v);
    let out = if inst.is_null() { v } else { inst };
    if !out.is_null() {
        crate::list::incref(out);
    }
    out
}

/// `e.args` of an exception object, a dynamic value: the `args` of the user-class instance it
/// carries (the arguments of its construction, or of its `super().__init__`), else
/// `(message,)`, or `()` for one raised without an argument.
///
/// # Safety
/// `obj` must be null (None: AttributeError) or a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_args(obj: *mut Obj) -> *mut Obj {
    if obj.is_null() {
        raise(
            ExcKind::AttributeError,
            "'NoneType' object has no attribute 'args'",
        );
        return std::ptr::null_mut();
    }
    let e = &*(obj as *mut ExcObj);
    if !e.args.is_null() {
        crate::list::incref(e.args);
        return e.args;
    }
    // (Exception hierarchies keep `args` in slot 0.)
    if let Some(args) = (!e.instance.is_null())
        .then(|| crate::instance::slot_value(e.instance, 0))
        .flatten()
    {
        return args;
    }
    if e.instance.is_null() && e.arg_repr.is_none() && e.msg.is_empty() {
        return crate::tuple::nx_tuple_new(0);
    }
    // A number, bool or None argument is kept as its repr, which gives it back exactly.
    let s = if let Some(v) = e.arg_repr.as_deref().and_then(scalar_from_repr) {
        v
    } else if e.instance.is_null() && e.kind == ExcKind::KeyError {
        // A KeyError's message is its key's repr: a str key is the key itself.
        let m = e.msg.as_str();
        let quoted = m.len() >= 2
            && (m.starts_with('\'') && m.ends_with('\'') || m.starts_with('"') && m.ends_with('"'))
            && !m.contains('\\');
        new_str(if quoted { &m[1..m.len() - 1] } else { m })
    } else {
        exc_str(obj)
    };
    if s.is_null() && crate::exc::pending_kind().is_some() {
        return s;
    }
    let t = crate::tuple::nx_tuple_new(1);
    if !t.is_null() {
        crate::tuple::nx_tuple_init(t, 0, natrix_abi::ElemKind::Obj as i64, s as i64);
    }
    if !s.is_null() {
        crate::list::decref(s);
    }
    t
}

/// The value (a new dynamic reference; null for None) whose repr is `r`, for an int, a float,
/// a bool or None; `None` (Rust's) for other reprs.
fn scalar_from_repr(r: &str) -> Option<*mut Obj> {
    use crate::list::Val;
    let v = match r {
        "True" => Val::Bool(true),
        "False" => Val::Bool(false),
        "None" => Val::None,
        _ if r.len() <= 4000
            && !r.starts_with('+')
            && !r.contains('_')
            && crate::convert::parse_int(r).is_some() =>
        {
            let s = new_str(r);
            // SAFETY: `s` is a live str of decimal digits; the int (a new reference) is boxed
            // (which takes its own) and released.
            unsafe {
                let i = crate::convert::nx_str_to_int(s);
                crate::list::decref(s);
                let b = crate::dynamic::boxed(Val::Int(i));
                crate::list::decref_elem(natrix_abi::ElemKind::Int, i);
                return Some(b);
            }
        }
        _ => match r.parse::<f64>() {
            Ok(x) if crate::float::float_repr(x) == r => Val::Float(x),
            _ => return None,
        },
    };
    // SAFETY: a scalar value; `boxed` makes the new reference.
    Some(unsafe { crate::dynamic::boxed(v) })
}

/// `type(obj).__name__`: an instance's class name, an exception's class (its instance's, for a
/// user exception), else the type's name; `NoneType` for null (an `Optional` that is None).
///
/// # Safety
/// `obj` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_type_name(obj: *mut Obj) -> *mut Obj {
    if obj.is_null() {
        return new_str("NoneType");
    }
    if crate::instance::is_instance(obj) {
        return new_str(&crate::instance::short_class_name(obj));
    }
    if crate::defaultdict::is_defaultdict(obj) {
        return new_str("defaultdict");
    }
    if std::ptr::eq((*obj).ty, &EXC_TYPE) {
        let e = &*(obj as *mut ExcObj);
        if !e.instance.is_null() {
            return new_str(&crate::instance::short_class_name(e.instance));
        }
        return new_str(e.kind.name());
    }
    new_str((*(*obj).ty).name)
}

/// `type(obj).__qualname__`: as [`nx_type_name`] but for a nested class of the program,
/// named with its enclosing classes (`LinkedList.Node`).
///
/// # Safety
/// `obj` must be null or point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_type_qualname_dunder(obj: *mut Obj) -> *mut Obj {
    let inst = if !obj.is_null() && crate::instance::is_instance(obj) {
        obj
    } else {
        exc_instance_or_null(obj)
    };
    if inst.is_null() {
        return nx_type_name(obj);
    }
    new_str(&crate::instance::class_qualname(inst))
}

/// The qualified name of a dynamic value's class (what `print(type(x))` shows inside
/// `<class '…'>`): a class of the program is `__main__.Name`, one of natrix's library its
/// module's (`collections.Counter`), a builtin type its plain name.
///
/// # Safety
/// `obj` must be null or point to a live object (or a dynamic box).
#[no_mangle]
pub unsafe extern "C" fn nx_type_qualname(obj: *mut Obj) -> *mut Obj {
    if !obj.is_null() && crate::instance::is_instance(obj) {
        return new_str(&crate::instance::qualified_class_name(obj));
    }
    if !obj.is_null() && std::ptr::eq((*obj).ty, &EXC_TYPE) {
        let e = &*(obj as *mut ExcObj);
        if !e.instance.is_null() {
            return new_str(&crate::instance::qualified_class_name(e.instance));
        }
        return new_str(&e.kind.qualified_name());
    }
    if !obj.is_null() && crate::defaultdict::is_defaultdict(obj) {
        return new_str("collections.defaultdict");
    }
    let v = crate::dynamic::unbox(obj);
    new_str(&crate::list::type_name(v))
}

/// `str(obj)`: the `str` slot, else `repr`.
///
/// # Safety
/// `obj` must point to a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_obj_str(obj: *mut Obj) -> *mut Obj {
    if std::ptr::eq((*obj).ty, &STR_TYPE) {
        (*obj).refcnt += 1;
        return obj;
    }
    match (*(*obj).ty).str {
        Some(f) => f(obj),
        None => crate::list::nx_obj_repr(obj),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, take};

    #[test]
    fn take_match_reraise() {
        let _g = lock();
        unsafe {
            nx_raise_str(ExcKind::ZeroDivisionError as i64, new_str("boom"));
            assert_eq!(nx_exc_matches(ExcKind::ArithmeticError as i64), 1);
            assert_eq!(nx_exc_matches(ExcKind::Exception as i64), 1);
            assert_eq!(nx_exc_matches(ExcKind::ValueError as i64), 0);
            let e = nx_exc_take();
            assert_eq!(take(), None);
            assert_eq!(as_str(nx_obj_str(e)), "boom");
            assert_eq!(
                as_str(crate::list::nx_obj_repr(e)),
                "ZeroDivisionError('boom')"
            );
            nx_exc_reraise(e);
            assert_eq!(take(), Some(("ZeroDivisionError", "boom".into())));
            nx_raise_str(ExcKind::KeyError as i64, new_str("k"));
            assert_eq!(take(), Some(("KeyError", "'k'".into())));
        }
    }
}

/// `e.code` of a SystemExit (a dynamic value): its one argument, None for none, else its
/// arguments' tuple; AttributeError for any other exception (or None).
///
/// # Safety
/// `obj` must be null or a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_code(obj: *mut Obj) -> *mut Obj {
    if !is_kind(obj, ExcKind::SystemExit) {
        return no_attr(obj, "code");
    }
    let args = nx_exc_args(obj);
    if args.is_null() {
        return args;
    }
    let code = crate::dynamic::boxed(exit_code(args));
    crate::list::decref(args);
    code
}

/// `e.value` of a StopIteration (its first argument, or None: null); AttributeError for
/// other exceptions.
///
/// # Safety
/// `obj` must be a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_value(obj: *mut Obj) -> *mut Obj {
    if !is_kind(obj, ExcKind::StopIteration) {
        return no_attr(obj, "value");
    }
    let args = nx_exc_args(obj);
    if args.is_null() {
        return args;
    }
    let v = if crate::tuple::nx_tuple_len(args) >> 1 == 0 {
        std::ptr::null_mut()
    } else {
        let (kind, bits) = crate::tuple::item(args, 0);
        crate::dynamic::boxed(crate::list::val(kind, bits))
    };
    crate::list::decref(args);
    v
}

/// A SystemExit's code from its `args` (a live tuple, borrowed): None for none, the one
/// argument, or the tuple of several.
///
/// # Safety
/// `args` must be a live tuple.
pub(crate) unsafe fn exit_code(args: *mut Obj) -> crate::list::Val {
    match crate::tuple::nx_tuple_len(args) >> 1 {
        0 => crate::list::Val::None,
        1 => {
            let (kind, bits) = crate::tuple::item(args, 0);
            crate::list::val(kind, bits)
        }
        _ => crate::list::Val::Obj(args),
    }
}

/// As the body of generator `frame` is left by an exception: PEP 479 (a `StopIteration`, or
/// subclass, becomes `RuntimeError: generator raised StopIteration`, caused by it; any other
/// exception goes on unchanged), then the frame lets go of its locals
/// ([`crate::closure::clear_locals`]).
///
/// # Safety
/// `frame` must be a live generator frame.
#[no_mangle]
pub unsafe extern "C" fn nx_gen_leaving(frame: *mut Obj) {
    pep479();
    crate::closure::clear_locals(frame);
}

fn pep479() {
    if !crate::exc::pending_kind().is_some_and(|k| k.is_subclass_of(ExcKind::StopIteration)) {
        return;
    }
    let stop = nx_exc_take();
    // SAFETY: `stop` is a live exception object whose reference moves into the next cause.
    unsafe {
        crate::exc::nx_exc_set_cause(stop);
        crate::list::decref(stop);
    }
    raise(ExcKind::RuntimeError, "generator raised StopIteration");
}
