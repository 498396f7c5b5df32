//! `os`: what `stdlib/os.py` asks of the system — a path's kind and size, removing, making and
//! renaming, the working directory, a directory's entries and the environment — with
//! CPython's OSError subclasses and messages (`files.rs`).

use crate::list::{decref, new_list, nx_list_append};
use crate::object::Obj;
use crate::str::{as_str, new_str};
use natrix_abi::{ElemKind, INT_ERROR};

/// What `what` (a tagged int) asks of path `p`: 0 whether it exists, 1 whether it is a file,
/// 2 a directory (each 0 or 1, following links), 3 its size (FileNotFoundError when there is
/// none); a tagged int.
///
/// # Safety
/// `p` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_os_stat(p: *mut Obj, what: i64) -> i64 {
    let path = as_str(p);
    let meta = std::fs::metadata(path);
    match (what >> 1, meta) {
        (0, m) => (m.is_ok() as i64) << 1,
        (1, m) => (m.is_ok_and(|m| m.is_file()) as i64) << 1,
        (2, m) => (m.is_ok_and(|m| m.is_dir()) as i64) << 1,
        (_, Ok(m)) => crate::int::make_int(m.len() as i128),
        (_, Err(e)) => {
            crate::files::os_error(&e, path);
            INT_ERROR
        }
    }
}

/// Changes the file system: `op` (a tagged int) 0 removes file `a`, 1 makes directory `a`, 2
/// removes the empty directory `a`, 3 renames `a` to `b`, 4 makes `a` and its parents
/// (FileExistsError when it exists), 5 the same when it may exist.
///
/// # Safety
/// `a` and `b` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_os_change(op: i64, a: *mut Obj, b: *mut Obj) {
    let (a, b) = (as_str(a), as_str(b));
    let r = match op >> 1 {
        0 => std::fs::remove_file(a),
        1 => std::fs::create_dir(a),
        2 => std::fs::remove_dir(a),
        3 => std::fs::rename(a, b),
        4 if std::path::Path::new(a).exists() => Err(std::io::Error::from_raw_os_error(17)),
        _ => std::fs::create_dir_all(a),
    };
    if let Err(e) = r {
        crate::files::os_error(&e, a);
    }
}

/// `os.getcwd()`.
#[no_mangle]
pub extern "C" fn nx_os_getcwd() -> *mut Obj {
    match std::env::current_dir() {
        Ok(d) => new_str(&d.to_string_lossy()),
        Err(e) => {
            crate::files::os_error(&e, ".");
            std::ptr::null_mut()
        }
    }
}

extern "C" {
    fn isatty(fd: i32) -> i32;
}

/// `os.isatty(fd)`, a standard stream's `isatty()`: whether descriptor `fd` (a tagged int)
/// is a terminal (False for a big or negative one).
#[no_mangle]
pub extern "C" fn nx_isatty(fd: i64) -> u8 {
    if !crate::int::is_small(fd) {
        return 0;
    }
    let Ok(fd) = i32::try_from(fd >> 1) else {
        return 0;
    };
    // SAFETY: isatty only reads the descriptor table.
    (unsafe { isatty(fd) } == 1) as u8
}

/// `os.getpid()`: a tagged int.
#[no_mangle]
pub extern "C" fn nx_os_getpid() -> i64 {
    (std::process::id() as i64) << 1
}

/// A new list of new strs.
fn str_list(items: impl Iterator<Item = String>) -> *mut Obj {
    let l = new_list(ElemKind::Obj, 0) as *mut Obj;
    if l.is_null() {
        return l;
    }
    for s in items {
        let o = new_str(&s);
        // SAFETY: a live list and a new str.
        unsafe {
            nx_list_append(l, o as i64);
            decref(o);
        }
    }
    l
}

/// `os.listdir(p)`: the names in directory `p`, in the order the system gives them.
///
/// # Safety
/// `p` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_os_listdir(p: *mut Obj) -> *mut Obj {
    let path = as_str(p);
    match std::fs::read_dir(path) {
        Ok(entries) => str_list(
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned()),
        ),
        Err(e) => {
            crate::files::os_error(&e, path);
            std::ptr::null_mut()
        }
    }
}

/// The environment, as `NAME=value` strs (`os.environ` splits them).
#[no_mangle]
pub extern "C" fn nx_os_environ() -> *mut Obj {
    str_list(
        std::env::vars_os()
            .map(|(k, v)| format!("{}={}", k.to_string_lossy(), v.to_string_lossy())),
    )
}
