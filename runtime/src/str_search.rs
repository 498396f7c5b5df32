//! `str.find`, `rfind`, `index`, `rindex` and `count` (of the whole str too: `str_methods.rs`
//! calls these), `startswith` and `endswith` over a window
//! `s[start:end]`: CPython's `ADJUST_INDICES` (a negative bound counts from the end; `end` is
//! clamped to the str, `start` only from below, so a `start` past the end finds nothing, not even
//! the empty str). Results are code-point indices into the whole str.

use crate::exc::raise;
use crate::object::Obj;
use crate::slice::bound;
use crate::str::{as_str, char_len};
use crate::str_index::{byte_of_char, char_of_byte};
use crate::str_methods::{b, tagged};
use natrix_abi::{ExcKind, INT_ERROR};

/// The text of `s[start:end]`, the byte offset where it starts and its length in code points,
/// or None when `start > end` after adjustment (an empty window that matches nothing).
unsafe fn window<'a>(s: *mut Obj, start: i64, end: i64) -> Option<(&'a str, usize, usize)> {
    let t = as_str(s);
    // The whole str (`s.find(x)`): no code points to count.
    if start == 0 && end >= (char_len(s) as i64) << 1 && end & 1 == 0 {
        return Some((t, 0, char_len(s)));
    }
    let len = char_len(s) as i64;
    // Tagged ints, big ones clamped to the i64 range (CPython's `_PyEval_SliceIndex`).
    let (mut start, mut end) = (bound(true, start)?, bound(true, end)?);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    if start > end {
        return None;
    }
    let (lo, hi) = (
        byte_of_char(s, start as usize),
        byte_of_char(s, end as usize),
    );
    Some((&t[lo..hi], lo, (end - start) as usize))
}

unsafe fn find_in(s: *mut Obj, sub: *mut Obj, start: i64, end: i64, right: bool) -> Option<usize> {
    let (w, lo, _) = window(s, start, end)?;
    let n = as_str(sub);
    let at = if right {
        w.rfind(n)
    } else if n.is_empty() {
        Some(0)
    } else {
        occurrences(w, n).next()
    }?;
    Some(char_of_byte(s, lo + at))
}

/// `s.find(sub, start[, end])`: -1 when absent.
///
/// # Safety
/// `s` and `sub` must be live strs, `start` and `end` tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_str_find_in(s: *mut Obj, sub: *mut Obj, start: i64, end: i64) -> i64 {
    find_in(s, sub, start, end, false).map_or(-2, tagged)
}

/// `s.rfind(sub, start[, end])`: -1 when absent.
///
/// # Safety
/// As [`nx_str_find_in`].
#[no_mangle]
pub unsafe extern "C" fn nx_str_rfind_in(s: *mut Obj, sub: *mut Obj, start: i64, end: i64) -> i64 {
    find_in(s, sub, start, end, true).map_or(-2, tagged)
}

unsafe fn index_in(s: *mut Obj, sub: *mut Obj, start: i64, end: i64, right: bool) -> i64 {
    match find_in(s, sub, start, end, right) {
        Some(i) => tagged(i),
        None => {
            raise(ExcKind::ValueError, "substring not found");
            INT_ERROR
        }
    }
}

/// `s.index(sub, start[, end])`; ValueError "substring not found".
///
/// # Safety
/// As [`nx_str_find_in`].
#[no_mangle]
pub unsafe extern "C" fn nx_str_index_in(s: *mut Obj, sub: *mut Obj, start: i64, end: i64) -> i64 {
    index_in(s, sub, start, end, false)
}

/// `s.rindex(sub, start[, end])`; ValueError "substring not found".
///
/// # Safety
/// As [`nx_str_find_in`].
#[no_mangle]
pub unsafe extern "C" fn nx_str_rindex_in(s: *mut Obj, sub: *mut Obj, start: i64, end: i64) -> i64 {
    index_in(s, sub, start, end, true)
}

/// `s.count(sub, start[, end])`: non-overlapping occurrences in the window; the empty str
/// occurs once more than the window has code points.
///
/// # Safety
/// As [`nx_str_find_in`].
#[no_mangle]
pub unsafe extern "C" fn nx_str_count_in(s: *mut Obj, sub: *mut Obj, start: i64, end: i64) -> i64 {
    let Some((w, _, chars)) = window(s, start, end) else {
        return 0;
    };
    let n = as_str(sub);
    if n.is_empty() {
        return tagged(chars + 1);
    }
    tagged(occurrences(w, n).count())
}

/// `s.startswith(prefix, start[, end])`.
///
/// # Safety
/// As [`nx_str_find_in`].
#[no_mangle]
pub unsafe extern "C" fn nx_str_startswith_in(
    s: *mut Obj,
    prefix: *mut Obj,
    start: i64,
    end: i64,
) -> u8 {
    b(window(s, start, end).is_some_and(|(w, _, _)| w.starts_with(as_str(prefix))))
}

/// `s.startswith((a, b, …), start[, end])`: any of the strs in list `prefixes`.
///
/// # Safety
/// As [`nx_str_find_in`]; `prefixes` a live list of strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_startswith_any_in(
    s: *mut Obj,
    prefixes: *mut Obj,
    start: i64,
    end: i64,
) -> u8 {
    let items = crate::list::items(prefixes as *const crate::list::ListObj);
    b(items
        .iter()
        .any(|&p| nx_str_startswith_in(s, p as *mut Obj, start, end) != 0))
}

/// `s.endswith((a, b, …), start[, end])`: any of the strs in list `suffixes`.
///
/// # Safety
/// As [`nx_str_find_in`]; `suffixes` a live list of strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_endswith_any_in(
    s: *mut Obj,
    suffixes: *mut Obj,
    start: i64,
    end: i64,
) -> u8 {
    let items = crate::list::items(suffixes as *const crate::list::ListObj);
    b(items
        .iter()
        .any(|&p| nx_str_endswith_in(s, p as *mut Obj, start, end) != 0))
}

/// `s.endswith(suffix, start[, end])`.
///
/// # Safety
/// As [`nx_str_find_in`].
#[no_mangle]
pub unsafe extern "C" fn nx_str_endswith_in(
    s: *mut Obj,
    suffix: *mut Obj,
    start: i64,
    end: i64,
) -> u8 {
    b(window(s, start, end).is_some_and(|(w, _, _)| w.ends_with(as_str(suffix))))
}

/// The byte offsets of the non-overlapping occurrences of `needle` (not empty) in `hay`, left
/// to right (a UTF-8 needle's matches in UTF-8 text start at char boundaries). A short needle
/// is found by a byte search for its first byte and a compare: `str::matches` and memchr's
/// `memmem` both build a searcher per call, which costs more than the search in the short
/// strs programs mostly work on (strings: −4.3% instructions).
pub(crate) fn occurrences<'a>(hay: &'a str, needle: &'a str) -> Occurrences<'a> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    if needle.len() > 16 {
        Occurrences::Long(memchr::memmem::find_iter(hay, needle))
    } else {
        Occurrences::Short { hay, needle, at: 0 }
    }
}

pub(crate) enum Occurrences<'a> {
    Short {
        hay: &'a [u8],
        needle: &'a [u8],
        at: usize,
    },
    Long(memchr::memmem::FindIter<'a, 'a>),
}

impl Iterator for Occurrences<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Occurrences::Long(it) => it.next(),
            Occurrences::Short { hay, needle, at } => {
                while *at + needle.len() <= hay.len() {
                    let window = &hay[*at..=hay.len() - needle.len()];
                    let i = *at + memchr::memchr(needle[0], window)?;
                    if &hay[i..i + needle.len()] == *needle {
                        *at = i + needle.len();
                        return Some(i);
                    }
                    *at = i + 1;
                }
                None
            }
        }
    }
}
