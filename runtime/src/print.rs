//! Buffered standard output and the `print` primitives.
//!
//! Output is collected in one buffer and written to file descriptor 1 when it grows large and at
//! the end (`nx_report_uncaught`, `nx_finish`). Write errors (a closed pipe, a full disk) are ignored: printing never fails.
//! A `print(…, file=sys.stderr)` sends the primitives' text to a second buffer between
//! `nx_print_to(2)` and `nx_print_to(1)`, which writes it to file descriptor 2 at once.

use crate::global::Global;
use crate::object::Obj;
use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

const FLUSH_AT: usize = 64 * 1024;

static BUF: Global<Vec<u8>> = Global::new(Vec::new());
/// The text of a `print` to stderr being assembled, while `TO_STDERR` is set.
static ERR_BUF: Global<Vec<u8>> = Global::new(Vec::new());
static TO_STDERR: Global<bool> = Global::new(false);

/// Appends bytes to the stdout buffer (or the stderr line being printed), flushing it when it
/// is large.
pub fn write_stdout(bytes: &[u8]) {
    // SAFETY: single-threaded; the borrow ends before flush_stdout borrows again.
    let full = unsafe {
        if *TO_STDERR.get() {
            ERR_BUF.get().extend_from_slice(bytes);
            return;
        }
        let buf = BUF.get();
        buf.extend_from_slice(bytes);
        buf.len() >= FLUSH_AT
    };
    if full {
        flush_stdout();
    }
}

/// Where the print primitives write: file descriptor 1 or 2 (a tagged int). Switching back
/// from 2 writes the text printed in between to stderr.
#[no_mangle]
pub extern "C" fn nx_print_to(fd: i64) {
    // SAFETY: single-threaded.
    unsafe {
        let to_err = fd >> 1 == 2;
        *TO_STDERR.get() = to_err;
        if !to_err {
            let buf = ERR_BUF.get();
            let _ = std::io::stderr().write_all(buf);
            buf.clear();
        }
    }
}

/// `print(…, flush=True)`, `sys.stdout.flush()`.
#[no_mangle]
pub extern "C" fn nx_flush_stdout() {
    flush_stdout();
}

/// Writes out the stdout buffer, ignoring errors.
pub fn flush_stdout() {
    // SAFETY: single-threaded.
    let buf = unsafe { BUF.get() };
    if buf.is_empty() {
        return;
    }
    // Write straight to fd 1: Rust's own stdout buffering would only add a copy.
    // SAFETY: fd 1 stays open; ManuallyDrop keeps it from being closed here.
    let mut out = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(1) });
    let _ = out.write_all(buf);
    buf.clear();
}

/// Prints a str object.
///
/// # Safety
/// `s` must be a live str object.
#[no_mangle]
pub unsafe extern "C" fn nx_print_str(s: *mut Obj) {
    write_stdout(crate::str::as_str(s).as_bytes());
}

/// Prints a tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_print_int(i: i64) {
    // Past CPython's 4300-digit limit the conversion raises (the caller checks the flag);
    // nothing is printed, as in CPython.
    if let Some(text) = crate::int::int_to_string(i) {
        write_stdout(text.as_bytes());
    }
}

/// Prints a float (its repr).
#[no_mangle]
pub unsafe extern "C" fn nx_print_float(x: f64) {
    write_stdout(crate::float::float_repr(x).as_bytes());
}

/// Prints `True` or `False`.
#[no_mangle]
pub unsafe extern "C" fn nx_print_bool(b: u8) {
    write_stdout(if b != 0 { b"True" } else { b"False" });
}

/// Prints `None`.
#[no_mangle]
pub unsafe extern "C" fn nx_print_none() {
    write_stdout(b"None");
}

/// Takes the unflushed stdout buffer (for tests).
#[cfg(test)]
pub(crate) fn take_buffer() -> String {
    // SAFETY: tests that print hold the test lock.
    String::from_utf8_lossy(&std::mem::take(unsafe { BUF.get() })).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::lock;

    #[test]
    fn buffer_collects_output() {
        let _g = lock();
        unsafe {
            flush_stdout();
            nx_print_int(-5 << 1);
            nx_print_bool(1);
            nx_print_bool(0);
            nx_print_none();
            nx_print_float(0.1);
            nx_print_str(crate::str::new_str(" é\n"));
            assert_eq!(BUF.get().as_slice(), "-5TrueFalseNone0.1 é\n".as_bytes());
            BUF.get().clear();
        }
    }
}
