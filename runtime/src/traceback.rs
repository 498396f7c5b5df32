//! Printing an uncaught exception as CPython does, with the exceptions chained to it, and
//! `nx_report_uncaught`, which does it when the module body ends, and `nx_finish`.

use crate::exc::{Exception, Frame, Links};
use crate::object::Obj;
use natrix_abi::ExcKind;
use std::io::Write;

/// Whether the program releases its globals at the end: only for the leak check, which counts
/// on every object being freed by then (nothing else can observe it: no `__del__`).
#[no_mangle]
pub unsafe extern "C" fn nx_teardown_wanted() -> u8 {
    u8::from(std::env::var_os("NATRIX_CHECK_LEAKS").is_some())
}

/// Whether the program ended by an uncaught exception (then the leak check is skipped: the
/// frames it left stopped holding their references half-way).
static UNCAUGHT: crate::global::Global<bool> = crate::global::Global::new(false);

/// The module body ended: flushes stdout and, if an exception is pending, prints its
/// traceback to stderr (before the globals are released: its `__str__` may read them) and
/// drops it. Returns the exit status (1 after an uncaught exception, else 0).
#[no_mangle]
pub unsafe extern "C" fn nx_report_uncaught() -> i64 {
    crate::print::flush_stdout();
    if crate::exc::pending_view().is_none() {
        return 0;
    }
    *UNCAUGHT.get() = true;
    let status = report();
    crate::exc::take_pending();
    status
}

/// Program end, after the globals were released (when they are): flushes stdout, checks for
/// leaks (`NATRIX_CHECK_LEAKS`), and returns `status`.
#[no_mangle]
pub unsafe extern "C" fn nx_finish(status: i64) -> i64 {
    crate::print::flush_stdout();
    crate::files::flush_all();
    crate::exc::release_argv_list();
    crate::func_attrs::release_all();
    if std::env::var_os("NATRIX_CHECK_LEAKS").is_some() && !*UNCAUGHT.get() {
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
    status
}

/// Prints the pending exception as CPython does at the end of a program; its exit status.
unsafe fn report() -> i64 {
    let pending = crate::exc::pending_view();
    let Some((exc, instance, traceback, links)) = pending else {
        return 0;
    };
    // SystemExit: no traceback; its code is the status (a message is printed, status 1).
    if exc.kind == ExcKind::SystemExit && instance.is_null() {
        // An int code (`sys.exit(3)`, `raise SystemExit(3)`) is its own repr; a str message
        // (`sys.exit("bad input")`) is not.
        let m = exc.msg.as_str();
        let code = m.parse::<i64>().ok();
        let is_int = !m.is_empty()
            && m.strip_prefix('-')
                .unwrap_or(m)
                .bytes()
                .all(|b| b.is_ascii_digit());
        let number = exc.arg_repr.as_deref() == Some(m);
        return match (code, number) {
            (Some(code), true) => code & 0xff,
            // Past a C long: CPython's conversion fails, -1.
            (None, true) if is_int => 255,
            // `SystemExit(True)`: a bool is an int; None is no status.
            (None, true) if m == "True" || m == "False" => i64::from(m == "True"),
            (None, true) if m == "None" => 0,
            // No argument: 0. A str message, a float, several arguments: printed, 1.
            _ if m.is_empty() && exc.arg_repr.is_none() => 0,
            _ => {
                let _ = writeln!(std::io::stderr(), "{m}");
                1
            }
        };
    }
    // A subclass of SystemExit: the status from its arguments, as for SystemExit itself.
    if exc.kind.is_subclass_of(ExcKind::SystemExit) {
        if let Some(status) = exit_status(instance) {
            return status;
        }
    }
    let mut text = String::new();
    render(
        &Shown::new(&exc, instance, traceback, links),
        &mut vec![],
        &mut text,
    );
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
    if exc.kind == ExcKind::KeyboardInterrupt {
        // CPython ends by SIGINT, as an interrupted process does (status 130 in a shell).
        extern "C" {
            fn signal(sig: i32, handler: usize) -> usize;
            fn raise(sig: i32) -> i32;
        }
        const SIGINT: i32 = 2;
        const SIG_DFL: usize = 0;
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 130;
    }
    1
}

/// CPython's report of an exception nothing can catch (raised while closing a generator as
/// its last reference went away): "Exception ignored in:", the repr of the object, then the
/// pending exception as an uncaught one prints; the exception is dropped.
pub fn report_unraisable(repr: &str) {
    crate::print::flush_stdout();
    let Some((exc, instance, traceback, _)) = crate::exc::pending_view() else {
        return;
    };
    let mut text = String::new();
    // SAFETY: the pending exception's parts are live while it is pending. CPython's report
    // shows the exception alone, not the ones chained to it.
    unsafe {
        render(
            &Shown::new(&exc, instance, traceback, Links::NONE),
            &mut vec![],
            &mut text,
        );
    }
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "Exception ignored in: {repr}\n{text}");
    let _ = err.flush();
    crate::exc::take_pending();
}

/// `traceback.format_exc()`'s text of exception object `obj`: its traceback and chain as
/// printed when uncaught (`only` 0, a tagged int), or its last line alone (1,
/// `format_exception_only`). `obj` may be the instance of a user exception class too: the
/// exception being handled that carries it, or (not being handled) the instance alone.
///
/// # Safety
/// `obj` must be null or a live object: of another kind than those, its type's name and its
/// str are shown (`NoneType: None`).
#[no_mangle]
pub unsafe extern "C" fn nx_exc_format(obj: *mut Obj, only: i64) -> *mut Obj {
    let mut obj = obj;
    let exception = !obj.is_null()
        && (std::ptr::eq((*obj).ty, &crate::exc_obj::EXC_TYPE)
            || (crate::instance::is_instance(obj) && crate::instance::exc_kind(obj).is_some()));
    if !exception {
        let name = crate::exc_obj::nx_type_name(obj);
        let text = crate::dynamic::val_str(crate::dynamic::unbox(obj));
        if text.is_null() {
            crate::list::decref(name);
            return text;
        }
        let line = format!(
            "{}: {}\n",
            crate::str::as_str(name),
            crate::str::as_str(text)
        );
        crate::list::decref(name);
        crate::list::decref(text);
        return crate::str::new_str(&line);
    }
    let shown = if crate::instance::is_instance(obj) {
        let handled = crate::exc::handled_carrying(obj);
        if handled.is_null() {
            let kind = crate::instance::exc_kind(obj).unwrap_or(ExcKind::Exception);
            let exc = Exception {
                kind,
                msg: String::new(),
                arg_repr: None,
            };
            Shown::new(&exc, obj, vec![], Links::NONE)
        } else {
            obj = handled;
            Shown::of(obj)
        }
    } else {
        Shown::of(obj)
    };
    let text = if only >> 1 != 0 {
        format_traceback_named(&shown.name, &shown.msg, &[])
    } else {
        let mut out = String::new();
        render(&shown, &mut vec![obj], &mut out);
        out
    };
    crate::str::new_str(&text)
}

/// One exception as printed: class name, message, traceback (innermost first) and links.
struct Shown {
    name: String,
    msg: String,
    traceback: Vec<Frame>,
    links: Links,
}

impl Shown {
    /// `instance` (borrowed, or null) is the user-class instance: its class name and `str()`
    /// (its `__str__`, or its args) are shown.
    unsafe fn new(
        exc: &Exception,
        instance: *mut Obj,
        traceback: Vec<Frame>,
        links: Links,
    ) -> Self {
        let (mut name, mut msg) = (exc.kind.qualified_name(), exc.msg.clone());
        if !instance.is_null() {
            name = crate::instance::class_name(instance);
            // Its `__str__` runs with nothing pending (compiled code takes a pending exception
            // after a call for one the call raised); one it raises is dropped, as CPython's.
            let saved = crate::exc::save_pending();
            let s = crate::exc_obj::nx_obj_str(instance);
            msg = if s.is_null() {
                "<exception str() failed>".to_string()
            } else {
                let text = crate::str::as_str(s).to_string();
                crate::list::decref(s);
                text
            };
            crate::exc::restore_pending(saved);
        }
        Shown {
            name,
            msg,
            traceback,
            links,
        }
    }

    /// An exception object (borrowed).
    unsafe fn of(obj: *mut Obj) -> Self {
        let (exc, instance, traceback, links) = crate::exc_obj::exc_view(obj);
        Shown::new(&exc, instance, traceback, links)
    }
}

/// Appends `e`, preceded by its cause or (unless suppressed) its context, with CPython's
/// separators. `seen` stops a cycle of links.
unsafe fn render(e: &Shown, seen: &mut Vec<*mut Obj>, out: &mut String) {
    let Links {
        cause,
        context,
        suppress_context,
    } = e.links;
    if !cause.is_null() && !seen.contains(&cause) {
        seen.push(cause);
        render(&Shown::of(cause), seen, out);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if cause.is_null() && !suppress_context && !context.is_null() && !seen.contains(&context)
    {
        seen.push(context);
        render(&Shown::of(context), seen, out);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    out.push_str(&format_traceback_named(&e.name, &e.msg, &e.traceback));
}

/// CPython's rendering of an uncaught exception. `traceback` is innermost first.
pub fn format_traceback(exc: &Exception, traceback: &[Frame]) -> String {
    format_traceback_named(&exc.kind.qualified_name(), &exc.msg, traceback)
}

/// The same entry more than this many times in a row is summarized, as CPython does.
const RECURSIVE_CUTOFF: usize = 3;

/// [`format_traceback`] with the exception's class shown as `name`.
pub fn format_traceback_named(name: &str, msg: &str, traceback: &[Frame]) -> String {
    let mut s = String::new();
    if !traceback.is_empty() {
        s.push_str("Traceback (most recent call last):\n");
        let mut last: Option<&Frame> = None;
        let mut count = 0;
        let repeated = |s: &mut String, count: usize| {
            if count > RECURSIVE_CUTOFF {
                let n = count - RECURSIVE_CUTOFF;
                let times = if n == 1 { "time" } else { "times" };
                s.push_str(&format!("  [Previous line repeated {n} more {times}]\n"));
            }
        };
        for f in traceback.iter().rev() {
            if last == Some(f) {
                count += 1;
            } else {
                repeated(&mut s, count);
                (last, count) = (Some(f), 1);
            }
            if count <= RECURSIVE_CUTOFF {
                s.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    f.file, f.line, f.func
                ));
            }
        }
        repeated(&mut s, count);
    }
    s.push_str(name);
    if !msg.is_empty() {
        s.push_str(": ");
        s.push_str(msg);
    }
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn repeated_entries_are_summarized() {
        let f = |line| Frame {
            func: "f".into(),
            file: "t.py".into(),
            line,
        };
        let mut tb = vec![f(2); 6];
        tb.push(f(9));
        let text = format_traceback_named("RecursionError", "deep", &tb);
        let entry = "  File \"t.py\", line 2, in f\n";
        assert_eq!(
            text,
            format!(
                "Traceback (most recent call last):\n  File \"t.py\", line 9, in f\n{}  \
                 [Previous line repeated 3 more times]\nRecursionError: deep\n",
                entry.repeat(3)
            )
        );
        let four = format_traceback_named("E", "", &vec![f(2); 4]);
        assert!(four.ends_with("[Previous line repeated 1 more time]\nE\n"));
    }
}

/// The exit status of an uncaught instance of a SystemExit subclass, from its `args` (CPython's
/// `handle_system_exit`): none or None is 0, an int is the status, anything else is printed to
/// stderr with status 1. `None` when it keeps no `args`.
unsafe fn exit_status(instance: *mut crate::object::Obj) -> Option<i64> {
    use crate::list::{decref, Val};
    let args = crate::instance::slot_value(instance, 0)?;
    if args.is_null() || !crate::tuple::is_tuple(args) {
        return None;
    }
    let status = match crate::exc_obj::exit_code(args) {
        Val::None => 0,
        Val::Bool(b) => i64::from(b),
        Val::Int(i) if crate::int::is_small(i) => (i >> 1) & 0xff,
        other => {
            let text = crate::dynamic::boxed(other);
            let s = crate::exc_obj::nx_obj_str(text);
            if !s.is_null() {
                let _ = writeln!(std::io::stderr(), "{}", crate::str::as_str(s));
                decref(s);
            }
            if !text.is_null() {
                decref(text);
            }
            1
        }
    };
    decref(args);
    Some(status)
}
