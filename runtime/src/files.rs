//! Files for `open()`: the runtime keeps each open file in a table (its handle is the index),
//! read whole and written through a buffer that `close()`, `flush()` and the program's end
//! write out. The text layer (decoding, newlines, lines) is `stdlib/builtins.py`'s `_TextFile`;
//! errors are CPython's `OSError` subclasses with its `[Errno n] message: 'path'` text.

use crate::bytes::{as_bytes, new_bytes};
use crate::exc::raise;
use crate::object::Obj;
use crate::str::as_str;
use natrix_abi::ExcKind;
use std::cell::RefCell;
use std::io::{BufWriter, Read, Write};

thread_local! {
    /// The open files, by handle (`None` once closed).
    static FILES: RefCell<Vec<Option<BufWriter<std::fs::File>>>> = const { RefCell::new(Vec::new()) };
}

/// Raises CPython's OSError subclass for `e`, naming `path`.
pub(crate) fn os_error(e: &std::io::Error, path: &str) {
    let Some(errno) = e.raw_os_error() else {
        raise(ExcKind::OSError, e.to_string());
        return;
    };
    let kind = match errno {
        2 => ExcKind::FileNotFoundError,
        1 | 13 => ExcKind::PermissionError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        _ => ExcKind::OSError,
    };
    crate::exc_obj::raise_os_error(kind, errno, Some(path));
}

/// `open(path, mode)` of a mode `stdlib/builtins.py` checked (`r`, `w`, `a` or `x`, maybe with
/// `+`; `b` and `t` ignored here): the new file's handle (a tagged int).
///
/// # Safety
/// `path` and `mode` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_file_open(path: *mut Obj, mode: *mut Obj) -> i64 {
    let (path, mode) = (as_str(path), as_str(mode));
    let plus = mode.contains('+');
    let mut options = std::fs::OpenOptions::new();
    match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('w') => options.write(true).create(true).truncate(true).read(plus),
        Some('a') => options.append(true).create(true).read(plus),
        Some('x') => options.write(true).create_new(true).read(plus),
        _ => options.read(true).write(plus),
    };
    let file = match options.open(path) {
        Ok(f) => f,
        Err(e) => {
            os_error(&e, path);
            return natrix_abi::INT_ERROR;
        }
    };
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        os_error(&std::io::Error::from_raw_os_error(21), path);
        return natrix_abi::INT_ERROR;
    }
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        files.push(Some(BufWriter::new(file)));
        ((files.len() - 1) as i64) << 1
    })
}

/// Runs `f` on the open file `handle` (a tagged int); `None` with CPython's ValueError when it
/// is closed.
fn with_file<R>(handle: i64, f: impl FnOnce(&mut BufWriter<std::fs::File>) -> R) -> Option<R> {
    let r = FILES.with(|files| {
        let mut files = files.borrow_mut();
        files
            .get_mut((handle >> 1) as usize)
            .and_then(|slot| slot.as_mut())
            .map(f)
    });
    if r.is_none() {
        raise(ExcKind::ValueError, "I/O operation on closed file.");
    }
    r
}

/// Everything left to read of file `handle`, as bytes.
///
/// # Safety
/// `handle` must be a handle `nx_file_open` gave.
#[no_mangle]
pub unsafe extern "C" fn nx_file_read(handle: i64) -> *mut Obj {
    let read = with_file(handle, |w| {
        w.flush()?;
        let mut data = vec![];
        w.get_mut().read_to_end(&mut data)?;
        Ok::<_, std::io::Error>(data)
    });
    match read {
        Some(Ok(data)) => new_bytes(data),
        Some(Err(e)) => {
            os_error_plain(&e);
            std::ptr::null_mut()
        }
        None => std::ptr::null_mut(),
    }
}

/// Raises the OSError of a failed read or write (CPython names no file then).
fn os_error_plain(e: &std::io::Error) {
    match e.raw_os_error() {
        Some(errno) => crate::exc_obj::raise_os_error(ExcKind::OSError, errno, None),
        None => raise(ExcKind::OSError, e.to_string()),
    }
}

/// Writes `data` (bytes) to file `handle`, through its buffer.
///
/// # Safety
/// `handle` must be a handle `nx_file_open` gave, `data` a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_file_write(handle: i64, data: *mut Obj) {
    let data = as_bytes(data);
    if let Some(Err(e)) = with_file(handle, |w| w.write_all(data)) {
        os_error_plain(&e);
    }
}

/// `f.flush()`: writes out file `handle`'s buffer.
///
/// # Safety
/// `handle` must be a handle `nx_file_open` gave.
#[no_mangle]
pub unsafe extern "C" fn nx_file_flush(handle: i64) {
    if let Some(Err(e)) = with_file(handle, |w| w.flush()) {
        os_error_plain(&e);
    }
}

/// `f.close()`: writes out the buffer and closes file `handle` (again: nothing).
///
/// # Safety
/// `handle` must be a handle `nx_file_open` gave.
#[no_mangle]
pub unsafe extern "C" fn nx_file_close(handle: i64) {
    let taken = FILES.with(|files| {
        let mut files = files.borrow_mut();
        files
            .get_mut((handle >> 1) as usize)
            .and_then(|slot| slot.take())
    });
    if let Some(mut w) = taken {
        if let Err(e) = w.flush() {
            os_error_plain(&e);
        }
    }
}

/// At the program's end: writes out the buffers of the files still open, as CPython's
/// finalization closes them.
pub fn flush_all() {
    FILES.with(|files| {
        for w in files.borrow_mut().iter_mut().flatten() {
            let _ = w.flush();
        }
    });
}
