//! The pending exception, tracebacks, and the program lifecycle (`nx_init`, `nx_finish`).
//!
//! An exception is a kind and a message string (exception objects and the class hierarchy come
//! later). Raising stores it here and sets `nx_err_pending`; generated code tests the flag or the
//! function's error return, pushes one traceback entry per frame it unwinds through, and either
//! handles the exception or returns to `main`, whose `nx_finish` prints it like CPython.

use crate::global::Global;
use natrix_abi::ExcKind;
use std::ffi::{c_char, CStr};
use std::io::Write;

/// Non-zero while an exception is pending. Generated code reads it directly.
#[no_mangle]
pub static mut nx_err_pending: u8 = 0;
/// The depth past which a call raises RecursionError (`sys.getrecursionlimit()`).
#[no_mangle]
pub static mut nx_recursion_limit: i64 = 1000;

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

struct ExcState {
    pending: Option<Exception>,
    /// The user-class instance of the pending exception (owned), or null.
    instance: *mut crate::object::Obj,
    /// Innermost first, in the order generated code pushes them.
    traceback: Vec<Frame>,
}

static STATE: Global<ExcState> = Global::new(ExcState {
    pending: None,
    instance: std::ptr::null_mut(),
    traceback: Vec::new(),
});
static ARGV: Global<Vec<String>> = Global::new(Vec::new());

/// Raises `kind` with `msg`: replaces any pending exception and starts a fresh traceback.
pub fn raise(kind: ExcKind, msg: impl Into<String>) {
    // SAFETY: single-threaded; the borrow ends within this function.
    unsafe {
        let st = STATE.get();
        st.pending = Some(Exception {
            kind,
            msg: msg.into(),
            arg_repr: None,
        });
        let old = std::mem::replace(&mut st.instance, std::ptr::null_mut());
        st.traceback.clear();
        nx_err_pending = 1;
        if !old.is_null() {
            crate::list::decref(old);
        }
    }
}

/// Raises the user-class instance `obj` (borrowed) of an exception class deriving from `kind`.
pub fn raise_instance(kind: ExcKind, obj: *mut crate::object::Obj) {
    raise(kind, "");
    // SAFETY: single-threaded; `obj` is a live instance the state now shares.
    unsafe {
        crate::list::incref(obj);
        STATE.get().instance = obj;
    }
}

/// The user-class instance of the pending exception (borrowed), or null.
pub fn pending_instance() -> *mut crate::object::Obj {
    // SAFETY: single-threaded; reads one word.
    unsafe { STATE.get().instance }
}

/// Takes the pending exception and its user-class instance (owned, or null).
pub fn take_pending_with_instance() -> Option<(Exception, *mut crate::object::Obj)> {
    // SAFETY: single-threaded; the borrow ends within this function.
    unsafe {
        let st = STATE.get();
        let inst = std::mem::replace(&mut st.instance, std::ptr::null_mut());
        st.traceback.clear();
        nx_err_pending = 0;
        st.pending.take().map(|e| (e, inst))
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

/// Takes the pending exception, clearing it (what `except` will do).
/// Raises `kind` with `msg`, remembering the repr of the argument it was raised with.
pub fn raise_with_arg(kind: ExcKind, msg: String, arg_repr: String) {
    raise(kind, msg);
    // SAFETY: single-threaded; the borrow ends within this function.
    unsafe {
        if let Some(e) = STATE.get().pending.as_mut() {
            e.arg_repr = Some(arg_repr);
        }
    }
}

/// The kind of the pending exception.
pub fn pending_kind() -> Option<ExcKind> {
    // SAFETY: single-threaded; the borrow ends within this function.
    unsafe { STATE.get().pending.as_ref().map(|e| e.kind) }
}

pub fn take_pending() -> Option<Exception> {
    let (e, inst) = take_pending_with_instance()?;
    if !inst.is_null() {
        // SAFETY: the state owned this reference.
        unsafe { crate::list::decref(inst) };
    }
    Some(e)
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
    let argv = argv as *const *const c_char;
    let mut args = Vec::new();
    if !argv.is_null() {
        for i in 0..argc.max(0) as usize {
            args.push(cstr_arg(*argv.add(i)));
        }
    }
    *ARGV.get() = args;
}

/// Program end: flushes stdout and, if an exception is pending, prints its traceback to stderr.
/// Returns the exit status (1 after an uncaught exception, else 0).
#[no_mangle]
pub unsafe extern "C" fn nx_finish() -> i64 {
    crate::print::flush_stdout();
    let st = STATE.get();
    if std::env::var_os("NATRIX_CHECK_LEAKS").is_some() && st.pending.is_none() {
        // Cyclic garbage is not a leak: collect it first.
        crate::gc::collect();
        let live = crate::object::LIVE_OBJECTS.load(std::sync::atomic::Ordering::Relaxed);
        if live != 0 {
            let _ = writeln!(
                std::io::stderr(),
                "natrix: {live} objects still alive at exit"
            );
        }
    }
    let Some(exc) = st.pending.as_ref() else {
        return 0;
    };
    // SystemExit: no traceback; its code is the status (a message is printed, status 1).
    if exc.kind == ExcKind::SystemExit && st.instance.is_null() {
        if exc.arg_repr.is_some() {
            let _ = writeln!(std::io::stderr(), "{}", exc.msg);
            return 1;
        }
        return match exc.msg.parse::<i64>() {
            Ok(code) => code & 0xff,
            Err(_) => i64::from(!exc.msg.is_empty()),
        };
    }
    let mut shown = exc.clone();
    let mut name = exc.kind.name().to_string();
    if !st.instance.is_null() {
        // A user exception: its class name and `str()` (its `__str__`, or its args).
        let inst = st.instance;
        name = crate::instance::class_name(inst);
        let s = crate::exc_obj::nx_obj_str(inst);
        shown.msg = if s.is_null() {
            String::new()
        } else {
            let text = crate::str::as_str(s).to_string();
            crate::list::decref(s);
            text
        };
    }
    let text = format_traceback_named(&name, &shown, &st.traceback);
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
    1
}

/// CPython's rendering of an uncaught exception. `traceback` is innermost first.
pub fn format_traceback(exc: &Exception, traceback: &[Frame]) -> String {
    format_traceback_named(exc.kind.name(), exc, traceback)
}

/// [`format_traceback`] with the exception's class shown as `name`.
pub fn format_traceback_named(name: &str, exc: &Exception, traceback: &[Frame]) -> String {
    let mut s = String::new();
    if !traceback.is_empty() {
        s.push_str("Traceback (most recent call last):\n");
        for f in traceback.iter().rev() {
            s.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                f.file, f.line, f.func
            ));
        }
    }
    s.push_str(name);
    if !exc.msg.is_empty() {
        s.push_str(": ");
        s.push_str(&exc.msg);
    }
    s.push('\n');
    s
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
    raise(ExcKind::SystemExit, text);
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

/// `sys.argv`: a new list of the program's arguments.
#[no_mangle]
pub extern "C" fn nx_sys_argv() -> *mut crate::object::Obj {
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

/// Records one traceback entry while the pending exception propagates (innermost first).
///
/// # Safety
/// `func` and `file` must be null or valid NUL-terminated strings.
#[no_mangle]
pub unsafe extern "C" fn nx_traceback_push(func: *const c_char, file: *const c_char, line: i64) {
    let frame = Frame {
        func: cstr_arg(func),
        file: cstr_arg(file),
        line,
    };
    STATE.get().traceback.push(frame);
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
    fn traceback_shape() {
        let exc = Exception {
            kind: ExcKind::ZeroDivisionError,
            msg: "division by zero".into(),
            arg_repr: None,
        };
        let tb = vec![
            Frame {
                func: "f".into(),
                file: "t.py".into(),
                line: 2,
            },
            Frame {
                func: "<module>".into(),
                file: "t.py".into(),
                line: 5,
            },
        ];
        assert_eq!(
            format_traceback(&exc, &tb),
            "Traceback (most recent call last):\n  File \"t.py\", line 5, in <module>\n  \
             File \"t.py\", line 2, in f\nZeroDivisionError: division by zero\n"
        );
        let exc = Exception {
            kind: ExcKind::AssertionError,
            msg: String::new(),
            arg_repr: None,
        };
        assert_eq!(format_traceback(&exc, &tb[1..]), "Traceback (most recent call last):\n  File \"t.py\", line 5, in <module>\nAssertionError\n");
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
            assert_eq!(nx_finish(), 0);
        }
    }
}
