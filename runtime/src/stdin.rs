//! Standard input: `input()`, `sys.stdin.read()`, `sys.stdin.readline()` and
//! `sys.stdin.readlines()` (which is also what iterating over `sys.stdin` reads).
//!
//! Reads go through Rust's buffered stdin handle; the stdout buffer is flushed first, so a
//! prompt printed before a read is seen before the program blocks. Bytes that are not UTF-8 are
//! replaced with U+FFFD (CPython raises UnicodeDecodeError).

use crate::exc::raise;
use crate::object::Obj;
use crate::print::{flush_stdout, write_stdout};
use natrix_abi::{ElemKind, ExcKind};
use std::io::{BufRead, Read};

/// One line of stdin with its newline, or an empty vector at the end of input.
fn read_line() -> Vec<u8> {
    let mut line = vec![];
    let _ = std::io::stdin().lock().read_until(b'\n', &mut line);
    line
}

fn text(bytes: &[u8]) -> *mut Obj {
    crate::str::new_str(&String::from_utf8_lossy(bytes))
}

/// `input(prompt)`: writes the prompt, then reads one line without its newline; EOFError at
/// the end of input.
///
/// # Safety
/// `prompt` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_input(prompt: *mut Obj) -> *mut Obj {
    write_stdout(crate::str::as_str(prompt).as_bytes());
    flush_stdout();
    let mut line = read_line();
    if line.is_empty() {
        raise(ExcKind::EOFError, "EOF when reading a line");
        return std::ptr::null_mut();
    }
    if line.last() == Some(&b'\n') {
        line.pop();
    }
    text(&line)
}

/// `sys.stdin.readline()`: the next line with its newline, `""` at the end of input.
#[no_mangle]
pub extern "C" fn nx_stdin_readline() -> *mut Obj {
    flush_stdout();
    text(&read_line())
}

/// `sys.stdin.read()`: the rest of the input.
#[no_mangle]
pub extern "C" fn nx_stdin_read() -> *mut Obj {
    flush_stdout();
    let mut all = vec![];
    let _ = std::io::stdin().lock().read_to_end(&mut all);
    text(&all)
}

/// `sys.stdin.readlines()`: a new list of the remaining lines, each with its newline.
#[no_mangle]
pub extern "C" fn nx_stdin_readlines() -> *mut Obj {
    flush_stdout();
    let l = crate::list::new_list(ElemKind::Obj, 0);
    if l.is_null() {
        return std::ptr::null_mut();
    }
    loop {
        let line = read_line();
        if line.is_empty() {
            break;
        }
        let s = text(&line);
        // SAFETY: `l` is a live list of objects; it takes its own reference to `s`.
        unsafe {
            crate::list::nx_list_append(l as *mut Obj, s as i64);
            crate::list::decref(s);
        }
    }
    l as *mut Obj
}
