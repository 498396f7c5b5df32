//! The pending exception, its traceback and chaining links, the exceptions being handled, and
//! the program lifecycle (`nx_init`, `nx_report_uncaught`, `nx_finish`).
//!
//! A raised exception is a kind and a message (plus the user-class instance for a user
//! exception class); an exception object (`exc_obj.rs`) is made only when a handler takes it.
//! Raising stores it here and sets `nx_err_pending`; generated code tests the flag or the
//! function's error return, records one traceback entry per frame it passes through, and
//! either handles the exception or returns to `main`, whose `nx_report_uncaught` prints it
//! like CPython (`traceback.rs`).
//!
//! Chaining follows CPython: an exception raised while another is being handled (in an
//! `except` clause or a `finally` body run by an exception, tracked by `nx_exc_enter` and
//! `nx_exc_leave`) gets that one as its `__context__`; `raise … from c` sets `__cause__`.

use crate::global::Global;
use crate::object::Obj;
use natrix_abi::ExcKind;
use std::ffi::{c_char, CStr};
use std::io::Write;

/// Non-zero while an exception is pending. Generated code reads it directly.
#[no_mangle]
pub static mut nx_err_pending: u8 = 0;
/// The depth past which a call raises RecursionError (`sys.getrecursionlimit()`).
#[no_mangle]
pub static mut nx_recursion_limit: i64 = natrix_abi::DEFAULT_RECURSION_LIMIT;

/// A raised exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exception {
    pub kind: ExcKind,
    pub msg: String,
    /// The repr of the argument it was raised with (`raise KeyError('k')`), for `repr(e)`;
    /// `None` for exceptions the runtime raises, whose argument is the message.
    pub arg_repr: Option<String>,
}

/// One traceback entry: function name, file, line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub func: String,
    pub file: String,
    pub line: i64,
}

/// An exception's links to others: `__cause__`, `__context__` (owned exception objects, or
/// null) and `__suppress_context__`.
#[derive(Clone, Copy, Debug)]
pub struct Links {
    pub cause: *mut Obj,
    pub context: *mut Obj,
    pub suppress_context: bool,
}

impl Links {
    pub const NONE: Links = Links {
        cause: std::ptr::null_mut(),
        context: std::ptr::null_mut(),
        suppress_context: false,
    };

    /// Releases both links.
    ///
    /// # Safety
    /// The links must own their references.
    pub unsafe fn release(&mut self) {
        for p in [&mut self.cause, &mut self.context] {
            let old = std::mem::replace(p, std::ptr::null_mut());
            if !old.is_null() {
                crate::list::decref(old);
            }
        }
    }

    /// A copy that owns its own references.
    ///
    /// # Safety
    /// The links must be live (or null).
    pub unsafe fn share(&self) -> Links {
        for p in [self.cause, self.context] {
            if !p.is_null() {
                crate::list::incref(p);
            }
        }
        *self
    }
}

/// Everything about the pending exception, as `nx_exc_take` hands it to a handler.
pub struct Taken {
    pub exc: Exception,
    /// The user-class instance (owned), or null.
    pub instance: *mut Obj,
    /// Innermost first.
    pub traceback: Vec<Frame>,
    pub links: Links,
    /// The exception object this was raised from again (owned), or null.
    pub obj: *mut Obj,
}

struct ExcState {
    pending: Option<Exception>,
    /// The user-class instance of the pending exception (owned), or null.
    instance: *mut Obj,
    /// Innermost first, in the order generated code pushes them.
    traceback: Vec<Frame>,
    links: Links,
    /// The exception object being raised again (owned), or null: a handler gets it back, so
    /// `except` binds the same object.
    obj: *mut Obj,
    /// The innermost frame's entry is already in `traceback` (the exception was caught in that
    /// frame, or raised again there by a bare `raise`): its next entry is skipped.
    frame_recorded: bool,
    /// The exceptions whose handlers are running, innermost last (owned).
    handling: Vec<*mut Obj>,
    /// Set by `raise … from c` just before it raises: the cause (owned; null for `from None`).
    next_cause: Option<*mut Obj>,
}

static STATE: Global<ExcState> = Global::new(ExcState {
    pending: None,
    instance: std::ptr::null_mut(),
    traceback: Vec::new(),
    links: Links::NONE,
    obj: std::ptr::null_mut(),
    frame_recorded: false,
    handling: Vec::new(),
    next_cause: None,
});
static ARGV: Global<Vec<String>> = Global::new(Vec::new());

/// Forgets the pending exception (releasing what it owns) and clears the flag.
unsafe fn clear(st: &mut ExcState) {
    st.pending = None;
    st.traceback.clear();
    st.frame_recorded = false;
    st.links.release();
    for p in [&mut st.instance, &mut st.obj] {
        let old = std::mem::replace(p, std::ptr::null_mut());
        if !old.is_null() {
            crate::list::decref(old);
        }
    }
    nx_err_pending = 0;
}

/// Makes `exc` pending with fresh links: its context is the exception being handled (unless
/// that is `same`, the object being raised again), its cause what `raise … from` set.
unsafe fn start(st: &mut ExcState, exc: Exception, same: *mut Obj) {
    st.pending = Some(exc);
    nx_err_pending = 1;
    if let Some(&top) = st.handling.last() {
        if top != same {
            if !same.is_null() {
                crate::exc_obj::cut_context_cycle(top, same);
            }
            if !st.links.context.is_null() {
                crate::list::decref(st.links.context);
            }
            crate::list::incref(top);
            st.links.context = top;
        }
    }
    if let Some(cause) = st.next_cause.take() {
        if !st.links.cause.is_null() {
            crate::list::decref(st.links.cause);
        }
        st.links.cause = cause;
        st.links.suppress_context = true;
    }
}

/// Raises `kind` with `msg`: replaces any pending exception and starts a fresh traceback.
pub fn raise(kind: ExcKind, msg: impl Into<String>) {
    raise_exc(Exception {
        kind,
        msg: msg.into(),
        arg_repr: None,
    });
}

fn raise_exc(exc: Exception) {
    // SAFETY: single-threaded; the borrow ends within this function.
    unsafe {
        let st = STATE.get();
        clear(st);
        start(st, exc, std::ptr::null_mut());
    }
}

/// Raises `kind` with `msg`, remembering the repr of the argument it was raised with.
pub fn raise_with_arg(kind: ExcKind, msg: String, arg_repr: String) {
    raise_exc(Exception {
        kind,
        msg,
        arg_repr: Some(arg_repr),
    });
}

/// Raises the user-class instance `obj` (borrowed) of an exception class deriving from `kind`.
/// An instance that is being handled already is raised again as that exception object (`raise
/// e` in `except AppError as e`), keeping its traceback.
pub fn raise_instance(kind: ExcKind, obj: *mut Obj) {
    // SAFETY: single-threaded; the handled objects are live exception objects.
    unsafe {
        let h = handled_carrying(obj);
        if !h.is_null() {
            raise_again(h, false);
            return;
        }
        raise(kind, "");
        crate::list::incref(obj);
        STATE.get().instance = obj;
    }
}

/// Raises the exception object `obj` (borrowed) again, with its traceback and links. A bare
/// `raise` (`bare`) continues in the frame that caught it, whose entry its traceback already
/// has; `raise e` adds a new entry for the raising frame, as CPython does.
///
/// # Safety
/// `obj` must be a live exception object.
pub unsafe fn raise_again(obj: *mut Obj, bare: bool) {
    let st = STATE.get();
    clear(st);
    let (exc, instance, traceback, links) = crate::exc_obj::exc_parts(obj);
    st.instance = instance;
    st.traceback = traceback;
    st.links = links;
    crate::list::incref(obj);
    st.obj = obj;
    st.frame_recorded = bare;
    start(st, exc, obj);
}

/// The user-class instance of the pending exception (borrowed), or null.
pub fn pending_instance() -> *mut Obj {
    // SAFETY: single-threaded; reads one word.
    unsafe { STATE.get().instance }
}

/// Takes the pending exception with everything it owns; nothing is pending afterwards.
pub fn take_full() -> Option<Taken> {
    // SAFETY: single-threaded; ownership moves out of the state.
    unsafe {
        let st = STATE.get();
        let exc = st.pending.take()?;
        let taken = Taken {
            exc,
            instance: std::mem::replace(&mut st.instance, std::ptr::null_mut()),
            traceback: std::mem::take(&mut st.traceback),
            links: std::mem::replace(&mut st.links, Links::NONE),
            obj: std::mem::replace(&mut st.obj, std::ptr::null_mut()),
        };
        clear(st);
        Some(taken)
    }
}

/// A pending exception put aside while other code runs (closing a generator).
pub struct Saved {
    taken: Option<Taken>,
    frame_recorded: bool,
}

/// Puts the pending exception (if any) aside: nothing is pending afterwards.
pub fn save_pending() -> Saved {
    // SAFETY: single-threaded; reads one flag before the state moves out.
    let frame_recorded = unsafe { STATE.get().frame_recorded };
    Saved {
        taken: take_full(),
        frame_recorded,
    }
}

/// Makes what [`save_pending`] put aside pending again, dropping anything raised meanwhile.
pub fn restore_pending(saved: Saved) {
    take_pending();
    let Some(t) = saved.taken else {
        return;
    };
    // SAFETY: single-threaded; the taken parts' references move back into the state.
    unsafe {
        let st = STATE.get();
        st.pending = Some(t.exc);
        st.instance = t.instance;
        st.traceback = t.traceback;
        st.links = t.links;
        st.obj = t.obj;
        st.frame_recorded = saved.frame_recorded;
        nx_err_pending = 1;
    }
}

/// The pending exception, if any.
pub fn pending() -> Option<Exception> {
    unsafe { STATE.get().pending.clone() }
}

/// The traceback of the pending exception, innermost first.
pub fn traceback() -> Vec<Frame> {
    unsafe { STATE.get().traceback.clone() }
}

/// The kind of the pending exception.
pub fn pending_kind() -> Option<ExcKind> {
    // SAFETY: single-threaded; the borrow ends within this function.
    unsafe { STATE.get().pending.as_ref().map(|e| e.kind) }
}

/// Takes the pending exception, clearing it and releasing what it owned.
pub fn take_pending() -> Option<Exception> {
    let mut t = take_full()?;
    // SAFETY: the taken parts own their references.
    unsafe {
        t.links.release();
        for p in [t.instance, t.obj] {
            if !p.is_null() {
                crate::list::decref(p);
            }
        }
    }
    Some(t.exc)
}

/// The pending exception's state for printing it: the exception, its user instance
/// (borrowed), traceback and links (borrowed).
pub(crate) fn pending_view() -> Option<(Exception, *mut Obj, Vec<Frame>, Links)> {
    // SAFETY: single-threaded; the borrow ends within this function.
    unsafe {
        let st = STATE.get();
        let exc = st.pending.clone()?;
        Some((exc, st.instance, st.traceback.clone(), st.links))
    }
}

/// How many exceptions are being handled (for [`leave_handlers_to`]).
pub fn handling_depth() -> usize {
    // SAFETY: single-threaded; reads the stack's length.
    unsafe { STATE.get().handling.len() }
}

/// Leaves the handlers entered past `depth` (releasing their exceptions): code that stopped
/// inside an `except` or `finally` and will never come back to leave them (a generator that
/// yielded there while being closed).
pub fn leave_handlers_to(depth: usize) {
    // SAFETY: single-threaded; the stack owns its references.
    unsafe {
        let st = STATE.get();
        while st.handling.len() > depth {
            if let Some(e) = st.handling.pop() {
                crate::list::decref(e);
            }
        }
    }
}

/// The innermost exception being handled (borrowed), or null.
pub fn handled() -> *mut Obj {
    // SAFETY: single-threaded; reads the stack.
    unsafe {
        STATE
            .get()
            .handling
            .last()
            .copied()
            .unwrap_or(std::ptr::null_mut())
    }
}

/// The innermost exception being handled that carries the user instance `inst` (borrowed), or
/// null.
pub fn handled_carrying(inst: *mut Obj) -> *mut Obj {
    // SAFETY: single-threaded; the handled stack holds live exception objects.
    unsafe {
        let stack = &STATE.get().handling;
        let found = stack.iter().rev().copied();
        found
            .into_iter()
            .find(|&h| crate::exc_obj::instance_of(h) == inst)
            .unwrap_or(std::ptr::null_mut())
    }
}

/// Entering an `except` clause (or a `finally` body run by an exception) that handles `obj`.
///
/// # Safety
/// `obj` must be a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_enter(obj: *mut Obj) {
    crate::list::incref(obj);
    STATE.get().handling.push(obj);
}

/// Leaving the handler that `nx_exc_enter(obj)` entered, by any path. (A generator suspended
/// in a handler can leave out of order, so this removes `obj` wherever it is.)
///
/// # Safety
/// `obj` must be a live exception object.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_leave(obj: *mut Obj) {
    let stack = &mut STATE.get().handling;
    if let Some(i) = stack.iter().rposition(|&h| h == obj) {
        stack.remove(i);
        crate::list::decref(obj);
    }
}

/// `raise X from c`: the next exception raised gets `c` (an exception object or user exception
/// instance, borrowed) as its `__cause__` and does not show its context.
///
/// # Safety
/// `cause` must be null (None) or a live exception object or exception instance.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_set_cause(cause: *mut Obj) {
    // A variable holding None (`raise X from last` before anything failed) is `from None`.
    if cause.is_null() {
        return set_cause(std::ptr::null_mut());
    }
    set_cause(crate::exc_obj::exc_object_of(cause));
}

/// `raise err` of an instance whose `__cause__` the program set (`err.__cause__ = other`):
/// the next exception raised gets it (as `raise err from other`); nothing for None (null).
///
/// # Safety
/// `cause` must be null or a live exception object or exception instance.
#[no_mangle]
pub unsafe extern "C" fn nx_exc_keep_cause(cause: *mut Obj) {
    if !cause.is_null() {
        set_cause(crate::exc_obj::exc_object_of(cause));
    }
}

/// `raise X from None`: the next exception raised does not show its context.
#[no_mangle]
pub extern "C" fn nx_exc_set_cause_none() {
    // SAFETY: single-threaded.
    unsafe { set_cause(std::ptr::null_mut()) }
}

/// Sets the cause (owned, or null) of the next exception raised.
unsafe fn set_cause(cause: *mut Obj) {
    if let Some(old) = STATE.get().next_cause.replace(cause) {
        if !old.is_null() {
            crate::list::decref(old);
        }
    }
}

/// The process arguments given to `nx_init` (for a later `sys.argv`).
pub fn argv() -> Vec<String> {
    unsafe { ARGV.get().clone() }
}

/// Aborts the process after an internal invariant broke (never for a user-program error).
pub fn fatal(msg: &str) -> ! {
    crate::print::flush_stdout();
    let _ = writeln!(std::io::stderr(), "natrix runtime: fatal error: {msg}");
    std::process::abort()
}

/// A C string argument as Rust text (invalid UTF-8 replaced, null as empty).
pub(crate) unsafe fn cstr_arg(p: *const c_char) -> String {
    if p.is_null() {
        String::new()
    } else {
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// Program start: records argv and sets the call depth to 1 for the module frame.
///
/// # Safety
/// `argv` must be null or point to `argc` valid NUL-terminated strings (it is C's `char **argv`).
#[no_mangle]
pub unsafe extern "C" fn nx_init(argc: i64, argv: *const u8) {
    crate::alloc::configure();
    let argv = argv as *const *const c_char;
    let mut args = Vec::new();
    if !argv.is_null() {
        for i in 0..argc.max(0) as usize {
            args.push(cstr_arg(*argv.add(i)));
        }
    }
    *ARGV.get() = args;
}

/// Raises `kind` (an `ExcKind` code; unknown codes raise SystemError-like RuntimeError) with a
/// message.
///
/// # Safety
/// `msg` must be null or a valid NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn nx_raise_cstr(kind: i64, msg: *const c_char) {
    let msg = cstr_arg(msg);
    match ExcKind::from_code(kind) {
        Some(k) => raise(k, msg),
        None => raise(
            ExcKind::RuntimeError,
            format!("natrix: unknown exception kind {kind}: {msg}"),
        ),
    }
}

/// `sys.exit(code)`: raises SystemExit whose message is the code.
///
/// # Safety
/// `code` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_sys_exit(code: i64) {
    let text = crate::int::int_to_string(code).unwrap_or_default();
    // `repr(e)` is `SystemExit(3)`.
    raise_with_arg(ExcKind::SystemExit, text.clone(), text);
}

/// `sys.exit()` / `sys.exit(None)`: raises SystemExit with no arguments (status 0).
#[no_mangle]
pub extern "C" fn nx_sys_exit_none() {
    raise(ExcKind::SystemExit, "");
}

/// `sys.exit(message)`: raises SystemExit with a message (printed at exit, status 1).
///
/// # Safety
/// `msg` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_sys_exit_str(msg: *mut crate::object::Obj) {
    let text = crate::str::as_str(msg).to_string();
    let repr = crate::str::py_repr(&text);
    raise_with_arg(ExcKind::SystemExit, text, repr);
}

/// `sys.exit(code)` of a value of run-time type: an int (or bool) is the status, None is 0, a
/// str or any other value is a message (its `str()`, printed at exit, status 1).
///
/// # Safety
/// `code` must be null or a live object.
#[no_mangle]
pub unsafe extern "C" fn nx_sys_exit_dyn(code: *mut crate::object::Obj) {
    use crate::list::Val;
    match crate::dynamic::unbox(code) {
        Val::Int(i) => nx_sys_exit(i),
        Val::Bool(b) => nx_sys_exit((b as i64) << 1),
        Val::None => nx_sys_exit_none(),
        _ => {
            let s = crate::dynamic::nx_dyn_str(code);
            if !s.is_null() {
                nx_sys_exit_str(s);
                crate::list::decref(s);
            }
        }
    }
}

/// `sys.platform`: CPython's name of the system the runtime was compiled for.
#[no_mangle]
pub extern "C" fn nx_sys_platform() -> *mut crate::object::Obj {
    let name = if cfg!(target_os = "linux") {
        "linux"
    } else if cfg!(target_os = "macos") {
        "darwin"
    } else if cfg!(target_os = "windows") {
        "win32"
    } else if cfg!(target_os = "freebsd") {
        "freebsd"
    } else {
        std::env::consts::OS
    };
    crate::str::new_str(name)
}

/// The list `sys.argv` is, made at its first use (one list: what the program changes in it,
/// `sys.argv.pop(0)`, every later read sees), released at exit.
static ARGV_LIST: Global<*mut crate::object::Obj> = Global::new(std::ptr::null_mut());

/// `sys.argv`: the list of the program's arguments (a new reference).
#[no_mangle]
pub extern "C" fn nx_sys_argv() -> *mut crate::object::Obj {
    // SAFETY: single-threaded; the global holds its own reference to a live list.
    unsafe {
        let cached = *ARGV_LIST.get();
        if !cached.is_null() {
            crate::list::incref(cached);
            return cached;
        }
    }
    let l = new_argv_list();
    if !l.is_null() {
        // SAFETY: as above; the global takes a reference of its own.
        unsafe {
            crate::list::incref(l);
            *ARGV_LIST.get() = l;
        }
    }
    l
}

/// Releases the list `sys.argv` is (at exit, before the leak check).
pub(crate) fn release_argv_list() {
    // SAFETY: single-threaded; the global's reference is given up once.
    unsafe {
        let l = std::mem::replace(ARGV_LIST.get(), std::ptr::null_mut());
        if !l.is_null() {
            crate::list::decref(l);
        }
    }
}

fn new_argv_list() -> *mut crate::object::Obj {
    let args = argv();
    let l = crate::list::new_list(natrix_abi::ElemKind::Obj, args.len());
    if l.is_null() {
        return std::ptr::null_mut();
    }
    for a in args {
        let s = crate::str::new_str(&a);
        // SAFETY: `l` is a live list of objects; the list takes its own reference.
        unsafe {
            crate::list::nx_list_append(l as *mut crate::object::Obj, s as i64);
            crate::list::decref(s);
        }
    }
    l as *mut crate::object::Obj
}

/// `sys.setrecursionlimit(n)` (a tagged int).
///
/// # Safety
/// `n` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_set_recursion_limit(n: i64) {
    let small = n & 1 == 0;
    let v = n >> 1;
    if !small || v < 1 {
        raise(
            ExcKind::ValueError,
            "recursion limit must be greater or equal than 1",
        );
        return;
    }
    nx_recursion_limit = v;
    allow_stack_for(v);
}

/// Lets the native stack grow to hold `depth` frames: a raised recursion limit is only usable
/// if the stack can take that many calls (CPython 3.11's Python-to-Python calls use no C
/// stack). The main thread's stack grows on demand up to the soft `RLIMIT_STACK`, so that is
/// raised (within the hard limit) to about 1 KiB per frame on top of the usual 8 MiB.
fn allow_stack_for(depth: i64) {
    #[repr(C)]
    struct Rlimit {
        cur: u64,
        max: u64,
    }
    extern "C" {
        fn getrlimit(resource: i32, rlim: *mut Rlimit) -> i32;
        fn setrlimit(resource: i32, rlim: *const Rlimit) -> i32;
    }
    const RLIMIT_STACK: i32 = 3;
    const INFINITY: u64 = u64::MAX;
    let want = (depth.max(0) as u64)
        .saturating_mul(1024)
        .saturating_add(8 << 20);
    let mut r = Rlimit { cur: 0, max: 0 };
    // SAFETY: plain libc calls on a local struct.
    unsafe {
        if getrlimit(RLIMIT_STACK, &mut r) != 0 || r.cur == INFINITY || r.cur >= want {
            return;
        }
        let new = Rlimit {
            cur: if r.max == INFINITY {
                want
            } else {
                want.min(r.max)
            },
            max: r.max,
        };
        setrlimit(RLIMIT_STACK, &new);
    }
}

/// `sys.getrecursionlimit()` as a tagged int.
#[no_mangle]
pub extern "C" fn nx_get_recursion_limit() -> i64 {
    // SAFETY: single-threaded read of the limit.
    unsafe { nx_recursion_limit << 1 }
}

/// Raises RecursionError (the call depth passed `nx_recursion_limit`).
#[no_mangle]
pub unsafe extern "C" fn nx_raise_recursion() {
    raise(ExcKind::RecursionError, "maximum recursion depth exceeded");
}

/// Control reached code the compiler proved unreachable (after a call it inferred never
/// returns, say): a compiler bug. Stops the program with a message rather than running on
/// into undefined behaviour.
///
/// # Safety
/// `func` and `file` must be null or valid NUL-terminated strings.
#[no_mangle]
pub unsafe extern "C" fn nx_unreachable(func: *const c_char, file: *const c_char) {
    fatal(&format!(
        "internal compiler error: {} in {} reached code compiled as unreachable",
        cstr_arg(func),
        cstr_arg(file)
    ))
}

/// Records one traceback entry while the pending exception propagates out of a frame
/// (innermost first). Skipped when the frame's entry is there already.
///
/// # Safety
/// `func` and `file` must be null or valid NUL-terminated strings.
#[no_mangle]
pub unsafe extern "C" fn nx_traceback_push(func: *const c_char, file: *const c_char, line: i64) {
    let st = STATE.get();
    if std::mem::replace(&mut st.frame_recorded, false) {
        return;
    }
    st.traceback.push(Frame {
        func: cstr_arg(func),
        file: cstr_arg(file),
        line,
    });
}

/// Records `n` more traceback entries for the same line, after `nx_traceback_push`: the
/// frames of a recursion the compiler turned into a loop (`mir/passes/accumulate.rs`).
///
/// # Safety
/// `func` and `file` must be null or valid NUL-terminated strings.
#[no_mangle]
pub unsafe extern "C" fn nx_traceback_repeat(
    func: *const c_char,
    file: *const c_char,
    line: i64,
    n: i64,
) {
    let st = STATE.get();
    for _ in 0..n {
        st.traceback.push(Frame {
            func: cstr_arg(func),
            file: cstr_arg(file),
            line,
        });
    }
}

/// Records the traceback entry of the frame where an `except` (or `finally`) of the same
/// function is about to handle the pending exception, at the line it came from.
///
/// # Safety
/// `func` and `file` must be null or valid NUL-terminated strings.
#[no_mangle]
pub unsafe extern "C" fn nx_traceback_catch(func: *const c_char, file: *const c_char, line: i64) {
    nx_traceback_push(func, file, line);
    STATE.get().frame_recorded = true;
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::process::{Command, Stdio};
    use std::sync::{Mutex, MutexGuard};

    static LOCK: Mutex<()> = Mutex::new(());

    /// Serialises tests that touch the runtime's global state (tests run on several threads;
    /// programs never do). Clears any pending exception.
    pub fn lock() -> MutexGuard<'static, ()> {
        let g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
        take_pending();
        g
    }

    /// Runs `script` (which reads case lines from stdin) and returns its output lines.
    pub fn python(script: &str, input: &str) -> Option<Vec<String>> {
        let mut child = Command::new("python3")
            .arg("-c")
            .arg(script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .ok()?;
        // Feed stdin from a thread so a full stdout pipe cannot deadlock us.
        let mut stdin = child.stdin.take()?;
        let input = input.to_string();
        let feeder = std::thread::spawn(move || stdin.write_all(input.as_bytes()).is_ok());
        let out = child.wait_with_output().ok()?;
        if !feeder.join().ok()? {
            return None;
        }
        Some(
            String::from_utf8(out.stdout)
                .ok()?
                .lines()
                .map(String::from)
                .collect(),
        )
    }

    /// Takes the pending exception as `(kind name, message)`, clearing it.
    pub fn take() -> Option<(&'static str, String)> {
        take_pending().map(|e| (e.kind.name(), e.msg))
    }

    #[test]
    fn raise_and_push() {
        let _g = lock();
        unsafe {
            nx_raise_cstr(ExcKind::KeyError as i64, c"'a'".as_ptr());
            let flag = nx_err_pending;
            assert_eq!(flag, 1);
            nx_traceback_push(c"g".as_ptr(), c"x.py".as_ptr(), 3);
            nx_traceback_push(std::ptr::null(), std::ptr::null(), 0);
            assert_eq!(traceback().len(), 2);
            assert_eq!(take(), Some(("KeyError", "'a'".to_string())));
            let flag = nx_err_pending;
            assert_eq!(flag, 0);
            assert!(traceback().is_empty());
            nx_raise_cstr(999, c"m".as_ptr());
            assert_eq!(take().map(|t| t.0), Some("RuntimeError"));
            nx_raise_recursion();
            assert_eq!(
                take(),
                Some(("RecursionError", "maximum recursion depth exceeded".into()))
            );
        }
    }

    #[test]
    fn init_and_finish() {
        let _g = lock();
        unsafe {
            let args = [c"prog".as_ptr(), c"a b".as_ptr()];
            nx_init(2, args.as_ptr() as *const u8);
            assert_eq!(argv(), vec!["prog".to_string(), "a b".to_string()]);
            nx_init(0, std::ptr::null());
            assert!(argv().is_empty());
            assert_eq!(crate::traceback::nx_report_uncaught(), 0);
            assert_eq!(crate::traceback::nx_finish(0), 0);
        }
    }
}
