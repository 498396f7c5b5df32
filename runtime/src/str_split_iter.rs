//! `for w in s.split()` and `for part in s.split(sep)` walked lazily: the loop steps an
//! iterator over the pieces of the str, each made as the loop reaches it, instead of a list of
//! every piece first. A str never changes, so the pieces are those of CPython's list; a loop
//! over a large text keeps one piece alive at a time (word_freq's 400,000 words, strings' lines)
//! rather than all of them, which spares the memory and the kernel's zeroing of fresh pages.

use std::alloc::Layout;

use crate::exc::raise;
use crate::list::{decref, incref};
use crate::object::{free_object, track_alloc, Obj, TypeInfo};
use crate::str::{as_str, is_ascii};
use crate::unicode::is_space;
use natrix_abi::ExcKind;

/// The state of a walk over `text.split(sep)`.
#[repr(C)]
struct SplitIter {
    hdr: Obj,
    /// The str split (a reference held).
    text: *mut Obj,
    /// The separator (a reference held), or null to split on runs of whitespace.
    sep: *mut Obj,
    /// The byte offset where the next piece starts (or its leading whitespace).
    pos: usize,
    /// Set once the last piece has been given.
    done: bool,
}

static SPLIT_ITER_TYPE: TypeInfo = TypeInfo {
    name: "split_iterator",
    dealloc: split_iter_dealloc,
    traverse: None,
    clear: None,
    repr: None,
    str: None,
    hash: None,
    eq: None,
    compare: None,
};

unsafe fn split_iter_dealloc(o: *mut Obj) {
    let it = o as *mut SplitIter;
    decref((*it).text);
    if !(*it).sep.is_null() {
        decref((*it).sep);
    }
    free_object(o, Layout::new::<SplitIter>());
}

/// The iterator over the pieces of `text.split(sep)` (`sep` null: on whitespace); null with
/// CPython's ValueError for an empty separator, as the call raises before the loop starts.
///
/// # Safety
/// `text` must be a live str, `sep` null or a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_split_iter(text: *mut Obj, sep: *mut Obj) -> *mut Obj {
    if !sep.is_null() && as_str(sep).is_empty() {
        raise(ExcKind::ValueError, "empty separator");
        return std::ptr::null_mut();
    }
    let layout = Layout::new::<SplitIter>();
    let p = std::alloc::alloc(layout) as *mut SplitIter;
    if p.is_null() {
        raise(ExcKind::MemoryError, "");
        return std::ptr::null_mut();
    }
    track_alloc();
    incref(text);
    if !sep.is_null() {
        incref(sep);
    }
    p.write(SplitIter {
        hdr: Obj {
            refcnt: 1,
            ty: &SPLIT_ITER_TYPE,
        },
        text,
        sep,
        pos: 0,
        done: false,
    });
    p as *mut Obj
}

/// The next piece of the walk `it` (a new str), or null once there is none.
///
/// # Safety
/// `it` must be an iterator made by [`nx_str_split_iter`].
#[no_mangle]
pub unsafe extern "C" fn nx_str_split_next(it: *mut Obj) -> *mut Obj {
    let it = it as *mut SplitIter;
    if (*it).done {
        return std::ptr::null_mut();
    }
    let text = as_str((*it).text);
    let rest = &text[(*it).pos..];
    let piece = if (*it).sep.is_null() {
        // Runs of whitespace separate the pieces; none is empty.
        let ascii = is_ascii((*it).text);
        let start = if ascii {
            rest.bytes().position(|b| !ascii_space(b))
        } else {
            rest.find(|c: char| !is_space(c))
        };
        let Some(start) = start else {
            (*it).done = true;
            return std::ptr::null_mut();
        };
        let word = &rest[start..];
        let len = if ascii {
            word.bytes().position(ascii_space)
        } else {
            word.find(is_space)
        }
        .unwrap_or(word.len());
        (*it).pos += start + len;
        &word[..len]
    } else {
        let sep = as_str((*it).sep);
        match find(rest, sep) {
            Some(k) => {
                (*it).pos += k + sep.len();
                &rest[..k]
            }
            None => {
                (*it).done = true;
                rest
            }
        }
    };
    piece_str((*it).text, piece)
}

/// The whitespace of CPython's `str.split()` among ASCII bytes.
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ')
}

/// Where `sep` first occurs in `text`: a one-byte separator by a byte search.
fn find(text: &str, sep: &str) -> Option<usize> {
    match sep.as_bytes() {
        &[c] if c.is_ascii() => text.bytes().position(|b| b == c),
        _ => text.find(sep),
    }
}

/// A new str of `piece`, a part of `text`'s text.
unsafe fn piece_str(text: *mut Obj, piece: &str) -> *mut Obj {
    if piece.len() == as_str(text).len() {
        incref(text);
        return text;
    }
    if piece.len() == 1 {
        return crate::str::ascii_char(piece.as_bytes()[0]);
    }
    if is_ascii(text) {
        crate::str::new_str_counted(piece, piece.len())
    } else {
        crate::str::new_str(piece)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::str::new_str;

    unsafe fn pieces(text: &str, sep: Option<&str>) -> Result<Vec<String>, ()> {
        let t = new_str(text);
        let s = sep.map_or(std::ptr::null_mut(), new_str);
        let it = nx_str_split_iter(t, s);
        decref(t);
        if !s.is_null() {
            decref(s);
        }
        if it.is_null() {
            crate::exc::take_pending();
            return Err(());
        }
        let mut out = vec![];
        loop {
            let p = nx_str_split_next(it);
            if p.is_null() {
                break;
            }
            out.push(as_str(p).to_string());
            decref(p);
        }
        // (Stays finished.)
        assert!(nx_str_split_next(it).is_null());
        decref(it);
        Ok(out)
    }

    #[test]
    fn pieces_are_those_of_split() {
        let _g = crate::exc::tests::lock();
        unsafe {
            // python3 -c 'print("  a bb\tc \n".split(), "".split(), "a,,b,".split(","))'
            assert_eq!(pieces("  a bb\tc \n", None).unwrap(), ["a", "bb", "c"]);
            assert!(pieces("", None).unwrap().is_empty());
            assert!(pieces(" \t ", None).unwrap().is_empty());
            assert_eq!(pieces("a,,b,", Some(",")).unwrap(), ["a", "", "b", ""]);
            assert_eq!(pieces("", Some(",")).unwrap(), [""]);
            assert_eq!(pieces("x--y--", Some("--")).unwrap(), ["x", "y", ""]);
            assert_eq!(
                pieces("héllo wörld\u{3000}ü", None).unwrap(),
                ["héllo", "wörld", "ü"]
            );
            assert_eq!(pieces("one", Some(";")).unwrap(), ["one"]);
            assert!(pieces("abc", Some("")).is_err());
        }
    }
}
