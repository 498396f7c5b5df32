//! The `str` methods and operations: indexing, slicing, searching, case mapping, stripping,
//! replacing, splitting, joining, the `is*()` predicates, padding, `ord`, `chr` and `list(s)`.
//!
//! Positions are in code points, as in CPython. A str object caches its code-point count, and
//! when that equals its byte length the text is ASCII and code-point positions are byte offsets
//! (O(1) indexing); otherwise positions are found by walking the UTF-8 text.
//!
//! Results are new references; a method that leaves its input unchanged (`strip` with nothing to
//! strip, padding to a width not above the length) may return the input itself, as CPython does.
//!
//! Known differences from CPython (see the tests, whose expected values come from python3):
//! - `chr()` of a surrogate (U+D800..U+DFFF) raises ValueError "chr() arg is a surrogate
//!   (natrix strings cannot hold U+D800..U+DFFF)": natrix strings are UTF-8;
//! - case mappings and the `isupper`/`islower`/`isspace` properties use Rust's Unicode version,
//!   the `isalpha`/`isdigit`/`isalnum`/`istitle` tables and title-case mappings Python 3.11's
//!   (Unicode 14), so characters assigned after Unicode 14 may differ;
//! - a result too large to allocate raises MemoryError (as CPython), but a huge allocation the
//!   operating system overcommits may instead kill the process when touched (as CPython).

use crate::exc::raise;
use crate::int::{make_int, view, IntRef};
use crate::list::{decref, incref, new_list, ListObj};
use crate::object::Obj;
use crate::slice::adjust_slice;
use crate::str::{as_str, char_len, new_str, StrObj};
use crate::unicode::{is_alnum, is_alpha, is_cased, is_digit, is_space, is_titlecase, push_title};
use natrix_abi::{ElemKind, ExcKind, INT_ERROR};
use num_traits::ToPrimitive;

const TOO_BIG_INDEX: &str = "cannot fit 'int' into an index-sized integer";
const TOO_BIG_SSIZE: &str = "Python int too large to convert to C ssize_t";
const TOO_BIG_CINT: &str = "Python int too large to convert to C int";
const BAD_FILL: &str = "The fill character must be exactly one character long";

// ---- helpers ----

/// Is the str object ASCII (code points are bytes)?
#[inline]
pub(crate) unsafe fn is_ascii_obj(o: *const Obj) -> bool {
    char_len(o) == (*(o as *const StrObj)).len
}

/// A count or position as a tagged int (always small: no text has 2^62 code points).
#[inline]
pub(crate) fn tagged(n: usize) -> i64 {
    (n as i64) << 1
}

/// A tagged int as a C ssize_t (i64), or None with OverflowError raised.
unsafe fn ssize_arg(v: i64) -> Option<i64> {
    let r = match view(v) {
        IntRef::Small(x) => Some(x),
        IntRef::Big(b) => b.to_i64(),
    };
    if r.is_none() {
        raise(ExcKind::OverflowError, TOO_BIG_SSIZE);
    }
    r
}

fn memory_error() -> *mut Obj {
    raise(ExcKind::MemoryError, "");
    std::ptr::null_mut()
}

/// An empty String with room for `len` bytes, or None with MemoryError raised.
fn string_with(len: Option<usize>) -> Option<String> {
    let mut s = String::new();
    match len {
        Some(len) if s.try_reserve_exact(len).is_ok() => Some(s),
        _ => {
            memory_error();
            None
        }
    }
}

/// `sub` (a part of `orig`'s text) as a new reference: `orig` itself when it is the whole text.
unsafe fn substr(orig: *mut Obj, sub: &str) -> *mut Obj {
    if sub.len() == as_str(orig).len() {
        incref(orig);
        orig
    } else if crate::str::is_ascii(orig) {
        crate::str::new_str_counted(sub, sub.len())
    } else {
        new_str(sub)
    }
}

/// A new list of new strs (parts of `orig`'s text), or null with MemoryError raised.
unsafe fn str_list<'a, I: IntoIterator<Item = &'a str>>(orig: *mut Obj, parts: I) -> *mut Obj {
    let ascii = crate::str::is_ascii(orig);
    let parts: Vec<&str> = parts.into_iter().collect();
    let l = new_list(ElemKind::Obj, parts.len());
    if l.is_null() {
        return std::ptr::null_mut();
    }
    for (k, p) in parts.into_iter().enumerate() {
        let s = if p.len() == 1 {
            crate::str::ascii_char(p.as_bytes()[0])
        } else if ascii {
            crate::str::new_str_counted(p, p.len())
        } else {
            new_str(p)
        };
        if s.is_null() {
            decref(l as *mut Obj);
            return std::ptr::null_mut();
        }
        // Within the capacity; the list takes over the new reference.
        *(*l).items.add(k) = s as i64;
        (*l).len = k + 1;
    }
    l as *mut Obj
}

pub(crate) fn b(v: bool) -> u8 {
    v as u8
}

// ---- indexing and slicing ----

/// `s[i]` (negative from the end).
///
/// # Safety
/// `s` must be a live str, `i` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_getitem(s: *mut Obj, i: i64) -> *mut Obj {
    let i = match view(i) {
        IntRef::Small(x) => Some(x),
        IntRef::Big(b) => b.to_i64(),
    };
    let Some(i) = i else {
        raise(ExcKind::IndexError, TOO_BIG_INDEX);
        return std::ptr::null_mut();
    };
    let n = char_len(s) as i128;
    let i = if i < 0 { i as i128 + n } else { i as i128 };
    if !(0..n).contains(&i) {
        raise(ExcKind::IndexError, "string index out of range");
        return std::ptr::null_mut();
    }
    let t = as_str(s);
    let i = i as usize;
    if is_ascii_obj(s) {
        return crate::str::ascii_char(t.as_bytes()[i]);
    }
    let b = crate::str_index::byte_of_char(s, i);
    let c = t[b..].chars().next().map_or(0, char::len_utf8);
    crate::str::new_str_counted(&t[b..b + c], 1)
}

/// `s[start:stop:step]`; bit 0/1/2 of `has` say whether start/stop/step were given.
///
/// # Safety
/// `s` must be a live str; the given bounds valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_str_slice(
    s: *mut Obj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) -> *mut Obj {
    let Some((start, step, count)) = adjust_slice(char_len(s), start, stop, step, has) else {
        return std::ptr::null_mut();
    };
    let t = as_str(s);
    let ascii = is_ascii_obj(s);
    if count == 0 {
        return new_str("");
    }
    let start = start as usize;
    if step == 1 {
        let b0 = crate::str_index::byte_of_char(s, start);
        let b1 = crate::str_index::byte_of_char(s, start + count);
        return substr(s, &t[b0..b1]);
    }
    let mut out = String::with_capacity(count);
    if ascii {
        let bytes = t.as_bytes();
        let mut i = start as i64;
        for _ in 0..count {
            out.push(bytes[i as usize] as char);
            i += step;
        }
    } else {
        let chars: Vec<char> = t.chars().collect();
        let mut i = start as i64;
        for _ in 0..count {
            out.push(chars[i as usize]);
            i += step;
        }
    }
    new_str(&out)
}

/// `list(s)`: the characters, as a new list of str.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_chars(s: *mut Obj) -> *mut Obj {
    let t = as_str(s);
    str_list(s, t.char_indices().map(|(b, c)| &t[b..b + c.len_utf8()]))
}

// ---- searching ----

/// `needle in s`.
///
/// # Safety
/// `s` and `needle` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_contains(s: *mut Obj, needle: *mut Obj) -> u8 {
    let needle = as_str(needle);
    b(needle.is_empty()
        || crate::str_search::occurrences(as_str(s), needle)
            .next()
            .is_some())
}

/// The whole str, as the window `s[start:end]` of the searches in `str_search.rs`.
const WHOLE: (i64, i64) = (0, natrix_abi::SMALL_INT_MAX << 1);

/// `s.find(needle)`: the code-point index of the first occurrence, or -1.
///
/// # Safety
/// `s` and `needle` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_find(s: *mut Obj, needle: *mut Obj) -> i64 {
    crate::str_search::nx_str_find_in(s, needle, WHOLE.0, WHOLE.1)
}

/// `s.rfind(needle)`: the code-point index of the last occurrence, or -1.
///
/// # Safety
/// `s` and `needle` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_rfind(s: *mut Obj, needle: *mut Obj) -> i64 {
    crate::str_search::nx_str_rfind_in(s, needle, WHOLE.0, WHOLE.1)
}

/// `s.index(needle)`; ValueError "substring not found".
///
/// # Safety
/// `s` and `needle` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_index(s: *mut Obj, needle: *mut Obj) -> i64 {
    crate::str_search::nx_str_index_in(s, needle, WHOLE.0, WHOLE.1)
}

/// `s.rindex(needle)`; ValueError "substring not found".
///
/// # Safety
/// `s` and `needle` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_rindex(s: *mut Obj, needle: *mut Obj) -> i64 {
    crate::str_search::nx_str_rindex_in(s, needle, WHOLE.0, WHOLE.1)
}

/// `s.count(needle)`: non-overlapping occurrences; `len(s) + 1` for the empty string.
///
/// # Safety
/// `s` and `needle` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_count(s: *mut Obj, needle: *mut Obj) -> i64 {
    crate::str_search::nx_str_count_in(s, needle, WHOLE.0, WHOLE.1)
}

/// `s.startswith(prefix)`.
///
/// # Safety
/// `s` and `prefix` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_startswith(s: *mut Obj, prefix: *mut Obj) -> u8 {
    b(as_str(s).starts_with(as_str(prefix)))
}

/// `s.startswith((a, b, …))`: whether `s` starts with any of the strs in list `prefixes`.
///
/// # Safety
/// `s` must be a live str, `prefixes` a live list of strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_startswith_any(s: *mut Obj, prefixes: *mut Obj) -> u8 {
    let t = as_str(s);
    let items = crate::list::items(prefixes as *const ListObj);
    b(items.iter().any(|&p| t.starts_with(as_str(p as *mut Obj))))
}

/// `s.endswith((a, b, …))`: whether `s` ends with any of the strs in list `suffixes`.
///
/// # Safety
/// `s` must be a live str, `suffixes` a live list of strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_endswith_any(s: *mut Obj, suffixes: *mut Obj) -> u8 {
    let t = as_str(s);
    let items = crate::list::items(suffixes as *const ListObj);
    b(items.iter().any(|&p| t.ends_with(as_str(p as *mut Obj))))
}

/// `s.endswith(suffix)`.
///
/// # Safety
/// `s` and `suffix` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_endswith(s: *mut Obj, suffix: *mut Obj) -> u8 {
    b(as_str(s).ends_with(as_str(suffix)))
}

// ---- case mapping ----

/// Lowercases character by character with the Final_Sigma rule for U+03A3 (CPython's
/// `lower_ucs4`), which depends on the characters around each capital sigma. CPython's rule and
/// Rust's `str::to_lowercase` are the same, so the sigma forms are read off one `to_lowercase`
/// of the whole text (every other character maps without context).
struct Lowerer {
    /// The final-form decision for each capital sigma of the text, in order.
    sigmas: std::vec::IntoIter<bool>,
}

impl Lowerer {
    fn new(t: &str) -> Lowerer {
        let mut sigmas = Vec::new();
        if t.contains('Σ') {
            let lowered = t.to_lowercase();
            let mut lc = lowered.chars();
            for c in t.chars() {
                if c == 'Σ' {
                    sigmas.push(lc.next() == Some('ς'));
                } else {
                    for _ in c.to_lowercase() {
                        lc.next();
                    }
                }
            }
        }
        Lowerer {
            sigmas: sigmas.into_iter(),
        }
    }

    /// Consumes `c`'s context (call once per character, in order); appends its lowercase if
    /// `push`.
    fn step(&mut self, out: &mut String, c: char, push: bool) {
        if c == 'Σ' {
            let fin = self.sigmas.next().unwrap_or(false);
            if push {
                out.push(if fin { 'ς' } else { 'σ' });
            }
        } else if push {
            out.extend(c.to_lowercase());
        }
    }
}

/// `s.upper()`: full case mapping (`'ß'.upper() == 'SS'`).
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_upper(s: *mut Obj) -> *mut Obj {
    if crate::str::is_ascii(s) {
        let t = as_str(s).as_bytes();
        return crate::str::new_ascii_str_with(t.len(), |i| t[i].to_ascii_uppercase());
    }
    new_str(&as_str(s).to_uppercase())
}

/// `s.lower()`: full case mapping, with the final-sigma rule.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_lower(s: *mut Obj) -> *mut Obj {
    if crate::str::is_ascii(s) {
        let t = as_str(s).as_bytes();
        return crate::str::new_ascii_str_with(t.len(), |i| t[i].to_ascii_lowercase());
    }
    new_str(&as_str(s).to_lowercase())
}

/// `s.capitalize()`: the first character in title case, the rest lowercased.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_capitalize(s: *mut Obj) -> *mut Obj {
    let t = as_str(s);
    let mut low = Lowerer::new(t);
    let mut out = String::with_capacity(t.len());
    for (k, c) in t.chars().enumerate() {
        if k == 0 {
            low.step(&mut out, c, false);
            push_title(&mut out, c);
        } else {
            low.step(&mut out, c, true);
        }
    }
    new_str(&out)
}

/// `s.title()`: a cased character following a cased one is lowercased, any other one
/// title-cased.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_title(s: *mut Obj) -> *mut Obj {
    let t = as_str(s);
    let mut low = Lowerer::new(t);
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for c in t.chars() {
        low.step(&mut out, c, prev_cased);
        if !prev_cased {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    new_str(&out)
}

/// `s.swapcase()`: uppercase characters lowercased, lowercase ones uppercased (titlecase ones
/// kept).
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_swapcase(s: *mut Obj) -> *mut Obj {
    let t = as_str(s);
    let mut low = Lowerer::new(t);
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        let upper = c.is_uppercase();
        low.step(&mut out, c, upper);
        if !upper {
            if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
    }
    new_str(&out)
}

// ---- stripping ----

/// `s.strip()`: of whitespace (the `str.isspace()` set).
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_strip(s: *mut Obj) -> *mut Obj {
    substr(s, as_str(s).trim_matches(is_space))
}

/// `s.lstrip()`.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_lstrip(s: *mut Obj) -> *mut Obj {
    substr(s, as_str(s).trim_start_matches(is_space))
}

/// `s.rstrip()`.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_rstrip(s: *mut Obj) -> *mut Obj {
    substr(s, as_str(s).trim_end_matches(is_space))
}

/// `s.strip(chars)`: of the characters of `chars`.
///
/// # Safety
/// `s` and `chars` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_strip_chars(s: *mut Obj, chars: *mut Obj) -> *mut Obj {
    // (None: whitespace.)
    if chars.is_null() {
        return nx_str_strip(s);
    }
    let set = as_str(chars);
    if crate::str::is_ascii(s) && crate::str::is_ascii(chars) {
        // Byte by byte: every index is a char boundary.
        let (t, set) = (as_str(s), set.as_bytes());
        let b = t.as_bytes();
        let start = b.iter().position(|c| !set.contains(c)).unwrap_or(b.len());
        let end = b
            .iter()
            .rposition(|c| !set.contains(c))
            .map_or(start, |e| e + 1);
        return substr(s, &t[start..end.max(start)]);
    }
    substr(s, as_str(s).trim_matches(|c| set.contains(c)))
}

/// `s.lstrip(chars)`.
///
/// # Safety
/// `s` and `chars` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_lstrip_chars(s: *mut Obj, chars: *mut Obj) -> *mut Obj {
    if chars.is_null() {
        return nx_str_lstrip(s);
    }
    let set = as_str(chars);
    substr(s, as_str(s).trim_start_matches(|c| set.contains(c)))
}

/// `s.rstrip(chars)`.
///
/// # Safety
/// `s` and `chars` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_rstrip_chars(s: *mut Obj, chars: *mut Obj) -> *mut Obj {
    if chars.is_null() {
        return nx_str_rstrip(s);
    }
    let set = as_str(chars);
    substr(s, as_str(s).trim_end_matches(|c| set.contains(c)))
}

// ---- replace ----

/// Replaces the first `max` occurrences of `old` (all when `max` is None); an empty `old`
/// matches at each of the `len + 1` character boundaries, as in CPython.
unsafe fn replace(s: *mut Obj, old: *mut Obj, new: *mut Obj, max: Option<usize>) -> *mut Obj {
    let (t, o, n) = (as_str(s), as_str(old), as_str(new));
    let max = max.unwrap_or(usize::MAX);
    let found = if o.is_empty() {
        char_len(s) + 1
    } else {
        crate::str_search::occurrences(t, o).take(max).count()
    };
    let m = found.min(max);
    if m == 0 {
        return substr(s, t);
    }
    let len = m
        .checked_mul(n.len())
        .and_then(|x| x.checked_add(t.len() - m * o.len()));
    let Some(mut out) = string_with(len) else {
        return std::ptr::null_mut();
    };
    if o.is_empty() {
        let mut rest = t;
        for _ in 0..m {
            out.push_str(n);
            if let Some(c) = rest.chars().next() {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        out.push_str(rest);
    } else {
        let mut last = 0;
        for i in crate::str_search::occurrences(t, o).take(m) {
            out.push_str(&t[last..i]);
            out.push_str(n);
            last = i + o.len();
        }
        out.push_str(&t[last..]);
    }
    // Each replacement takes `old`'s code points out and puts `new`'s in.
    let nchars = char_len(s) - m * char_len(old) + m * char_len(new);
    crate::str::new_str_counted(&out, nchars)
}

/// `s.replace(old, new)`.
///
/// # Safety
/// `s`, `old` and `new` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_replace(s: *mut Obj, old: *mut Obj, new: *mut Obj) -> *mut Obj {
    replace(s, old, new, None)
}

/// `s.replace(old, new, count)`; a negative count replaces all.
///
/// # Safety
/// `s`, `old` and `new` must be live strs, `count` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_replace_count(
    s: *mut Obj,
    old: *mut Obj,
    new: *mut Obj,
    count: i64,
) -> *mut Obj {
    let Some(count) = ssize_arg(count) else {
        return std::ptr::null_mut();
    };
    replace(s, old, new, usize::try_from(count).ok())
}

// ---- splitting and joining ----

/// CPython's `split_whitespace`: at most `max` splits (None: unlimited) on runs of whitespace;
/// the remainder after the last split keeps its trailing whitespace.
/// [`split_whitespace`] of an ASCII text, byte by byte: the same parts (ASCII whitespace for
/// `str.split()` is `\t\n\v\f\r`, `\x1c`-`\x1f` and the space).
fn split_ascii_whitespace(t: &str) -> Vec<&str> {
    let space = |b: u8| matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
    let bytes = t.as_bytes();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && space(bytes[i]) {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !space(bytes[i]) {
            i += 1;
        }
        if i > start {
            // ASCII: every byte index is a char boundary.
            parts.push(&t[start..i]);
        }
    }
    parts
}

fn split_whitespace(t: &str, max: Option<usize>) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut left = max.unwrap_or(usize::MAX);
    let mut rest = t;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            parts.push(rest);
            break;
        }
        left -= 1;
        let end = rest.find(is_space).unwrap_or(rest.len());
        parts.push(&rest[..end]);
        rest = &rest[end..];
    }
    parts
}

/// `split_whitespace` from the right: the parts in order, the unsplit rest first.
fn rsplit_whitespace(t: &str, max: Option<usize>) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut left = max.unwrap_or(usize::MAX);
    let mut rest = t;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            parts.push(rest);
            break;
        }
        left -= 1;
        let start = rest.rfind(is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        parts.push(&rest[start..]);
        rest = &rest[..start];
    }
    parts.reverse();
    parts
}

fn empty_separator(sep: &str) -> bool {
    if sep.is_empty() {
        raise(ExcKind::ValueError, "empty separator");
        return true;
    }
    false
}

/// A new tuple of three strs.
unsafe fn str_triple(parts: [&str; 3]) -> *mut Obj {
    let t = crate::tuple::nx_tuple_new(3);
    if t.is_null() {
        return t;
    }
    for (i, p) in parts.iter().enumerate() {
        let s = new_str(p);
        crate::tuple::nx_tuple_init(t, i as i64, ElemKind::Obj as i64, s as i64);
        decref(s);
    }
    t
}

/// `s.partition(sep)`: (before, sep, after) at the first `sep`, or (s, "", "");
/// ValueError "empty separator".
///
/// # Safety
/// `s` and `sep` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_partition(s: *mut Obj, sep: *mut Obj) -> *mut Obj {
    let (text, sep) = (as_str(s), as_str(sep));
    if empty_separator(sep) {
        return std::ptr::null_mut();
    }
    match text.split_once(sep) {
        Some((a, b)) => str_triple([a, sep, b]),
        None => str_triple([text, "", ""]),
    }
}

/// `s.rpartition(sep)`: (before, sep, after) at the last `sep`, or ("", "", s).
///
/// # Safety
/// `s` and `sep` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_rpartition(s: *mut Obj, sep: *mut Obj) -> *mut Obj {
    let (text, sep) = (as_str(s), as_str(sep));
    if empty_separator(sep) {
        return std::ptr::null_mut();
    }
    match text.rsplit_once(sep) {
        Some((a, b)) => str_triple([a, sep, b]),
        None => str_triple(["", "", text]),
    }
}

/// `s.split()`: on runs of whitespace, without empty strings.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_split_ws(s: *mut Obj) -> *mut Obj {
    if crate::str::is_ascii(s) {
        return str_list(s, split_ascii_whitespace(as_str(s)));
    }
    str_list(s, split_whitespace(as_str(s), None))
}

/// `s.split(None, maxsplit)`: on runs of whitespace, at most `maxsplit` times (any number when
/// negative); the rest keeps its trailing whitespace.
///
/// # Safety
/// `s` must be a live str, `maxsplit` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_split_ws_max(s: *mut Obj, maxsplit: i64) -> *mut Obj {
    let Some(max) = ssize_arg(maxsplit) else {
        return std::ptr::null_mut();
    };
    str_list(s, split_whitespace(as_str(s), usize::try_from(max).ok()))
}

/// `s.rsplit(None, maxsplit)`: from the right; the rest keeps its leading whitespace.
///
/// # Safety
/// `s` must be a live str, `maxsplit` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_rsplit_ws_max(s: *mut Obj, maxsplit: i64) -> *mut Obj {
    let Some(max) = ssize_arg(maxsplit) else {
        return std::ptr::null_mut();
    };
    str_list(s, rsplit_whitespace(as_str(s), usize::try_from(max).ok()))
}

/// `s.split(sep)`; ValueError "empty separator".
///
/// # Safety
/// `s` and `sep` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_split(s: *mut Obj, sep: *mut Obj) -> *mut Obj {
    // (None: on runs of whitespace.)
    if sep.is_null() {
        return nx_str_split_ws(s);
    }
    let sep = as_str(sep);
    if empty_separator(sep) {
        return std::ptr::null_mut();
    }
    // A one-byte separator (`","`) is found by a byte search, not a substring searcher.
    if let &[c] = sep.as_bytes() {
        if c.is_ascii() {
            return str_list(s, as_str(s).split(c as char));
        }
    }
    str_list(s, as_str(s).split(sep))
}

/// `s.split(sep, maxsplit)`; a negative maxsplit is unlimited.
///
/// # Safety
/// `s` and `sep` must be live strs, `maxsplit` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_split_max(s: *mut Obj, sep: *mut Obj, maxsplit: i64) -> *mut Obj {
    if sep.is_null() {
        return nx_str_split_ws_max(s, maxsplit);
    }
    let Some(max) = ssize_arg(maxsplit) else {
        return std::ptr::null_mut();
    };
    let sep = as_str(sep);
    if empty_separator(sep) {
        return std::ptr::null_mut();
    }
    match usize::try_from(max) {
        Ok(max) => str_list(s, as_str(s).splitn(max.saturating_add(1), sep)),
        Err(_) => str_list(s, as_str(s).split(sep)),
    }
}

/// `s.rsplit(sep, maxsplit)`: splits from the right; a negative maxsplit is unlimited.
///
/// # Safety
/// `s` and `sep` must be live strs, `maxsplit` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_rsplit_max(s: *mut Obj, sep: *mut Obj, maxsplit: i64) -> *mut Obj {
    if sep.is_null() {
        return nx_str_rsplit_ws_max(s, maxsplit);
    }
    let Some(max) = ssize_arg(maxsplit) else {
        return std::ptr::null_mut();
    };
    let sep = as_str(sep);
    if empty_separator(sep) {
        return std::ptr::null_mut();
    }
    let mut parts: Vec<&str> = match usize::try_from(max) {
        Ok(max) => as_str(s).rsplitn(max.saturating_add(1), sep).collect(),
        Err(_) => as_str(s).rsplit(sep).collect(),
    };
    parts.reverse();
    str_list(s, parts)
}

/// Is `c` a line boundary for `splitlines` (besides `\r\n`, which is one boundary)?
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines()`: CPython's line boundaries, without the line ends.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_splitlines(s: *mut Obj) -> *mut Obj {
    str_list(s, split_lines(as_str(s), false))
}

/// `s.splitlines(keepends)`: with `keepends` 1, each line keeps its line break.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_splitlines_keepends(s: *mut Obj, keepends: u8) -> *mut Obj {
    str_list(s, split_lines(as_str(s), keepends != 0))
}

fn split_lines(t: &str, keep: bool) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = t;
    while !rest.is_empty() {
        let Some(end) = rest.find(is_line_break) else {
            parts.push(rest);
            break;
        };
        let brk = rest[end..].chars().next().unwrap_or('\n');
        let mut next = end + brk.len_utf8();
        if brk == '\r' && rest[next..].starts_with('\n') {
            next += 1;
        }
        parts.push(if keep { &rest[..next] } else { &rest[..end] });
        rest = &rest[next..];
    }
    parts
}

/// `sep.join(xs)` for a list of str.
///
/// # Safety
/// `sep` must be a live str, `list` a live list of str (`ElemKind::Obj`).
#[no_mangle]
pub unsafe extern "C" fn nx_str_join(sep: *mut Obj, list: *mut Obj) -> *mut Obj {
    let sep = as_str(sep);
    let items = crate::list::items(list as *const ListObj);
    if items.len() == 1 {
        let o = items[0] as *mut Obj;
        incref(o);
        return o;
    }
    let mut len = Some(sep.len().saturating_mul(items.len().saturating_sub(1)));
    for &e in items {
        len = len.and_then(|l| l.checked_add(as_str(e as *const Obj).len()));
    }
    let Some(mut out) = string_with(len.filter(|&l| l <= isize::MAX as usize)) else {
        return std::ptr::null_mut();
    };
    for (k, &e) in items.iter().enumerate() {
        if k > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(e as *const Obj));
    }
    new_str(&out)
}

/// `sep.join(values)` of a list of dynamic values: CPython's TypeError for an item that is
/// not a str, else the strs joined.
///
/// # Safety
/// `sep` must be a live str, `list` a live list of dynamic values.
#[no_mangle]
pub unsafe extern "C" fn nx_str_join_dyn(sep: *mut Obj, list: *mut Obj) -> *mut Obj {
    let items = crate::list::items(list as *const ListObj);
    for (k, &e) in items.iter().enumerate() {
        let o = e as *mut Obj;
        if o.is_null() || !std::ptr::eq((*o).ty, &crate::str::STR_TYPE) {
            let found = crate::list::type_name(crate::dynamic::unbox(o));
            crate::exc::raise(
                natrix_abi::ExcKind::TypeError,
                format!("sequence item {k}: expected str instance, {found} found"),
            );
            return std::ptr::null_mut();
        }
    }
    nx_str_join(sep, list)
}

// ---- predicates ----

pub(crate) unsafe fn all_chars(s: *mut Obj, f: fn(char) -> bool) -> u8 {
    let t = as_str(s);
    b(!t.is_empty() && t.chars().all(f))
}

/// `s.isdigit()`.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_isdigit(s: *mut Obj) -> u8 {
    all_chars(s, is_digit)
}

/// `s.isalpha()`.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_isalpha(s: *mut Obj) -> u8 {
    all_chars(s, is_alpha)
}

/// `s.isalnum()`.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_isalnum(s: *mut Obj) -> u8 {
    all_chars(s, is_alnum)
}

/// `s.isascii()`: every character below U+0080 (true of "").
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_isascii(s: *mut Obj) -> u8 {
    b(as_str(s).is_ascii())
}

/// `s.isidentifier()`: a letter or `_` (XID_Start), then XID_Continue characters, as the
/// parser accepts names (no keyword test, as in CPython).
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_isidentifier(s: *mut Obj) -> u8 {
    let mut cs = as_str(s).chars();
    let ok = cs
        .next()
        .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
        && cs.all(unicode_ident::is_xid_continue);
    b(ok)
}

/// `s.isspace()`.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_isspace(s: *mut Obj) -> u8 {
    all_chars(s, is_space)
}

/// `s.isupper()`: at least one cased character, and none lowercase or titlecase.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_isupper(s: *mut Obj) -> u8 {
    let mut cased = false;
    for c in as_str(s).chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return 0;
        }
        cased |= c.is_uppercase();
    }
    b(cased)
}

/// `s.islower()`: at least one cased character, and none uppercase or titlecase.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_islower(s: *mut Obj) -> u8 {
    let mut cased = false;
    for c in as_str(s).chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return 0;
        }
        cased |= c.is_lowercase();
    }
    b(cased)
}

/// `s.istitle()`: uppercase/titlecase characters only after uncased ones, lowercase ones only
/// after cased ones, and at least one cased character.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_istitle(s: *mut Obj) -> u8 {
    let (mut cased, mut prev_cased) = (false, false);
    for c in as_str(s).chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return 0;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return 0;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    b(cased)
}

// ---- padding ----

/// `s` padded with `left` and `right` copies of `fill`.
unsafe fn pad(s: *mut Obj, left: usize, right: usize, fill: char) -> *mut Obj {
    let t = as_str(s);
    let len = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(t.len()))
        .filter(|&n| n <= isize::MAX as usize);
    let Some(mut out) = string_with(len) else {
        return std::ptr::null_mut();
    };
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(t);
    out.extend(std::iter::repeat_n(fill, right));
    new_str(&out)
}

/// The width and fill character of `center`/`ljust`/`rjust`, or None with the error raised;
/// `Some((0, _))` when no padding is needed.
unsafe fn pad_args(s: *mut Obj, width: i64, fill: *mut Obj) -> Option<(usize, char)> {
    let width = ssize_arg(width)?;
    if char_len(fill) != 1 {
        raise(ExcKind::TypeError, BAD_FILL);
        return None;
    }
    let fill = as_str(fill).chars().next().unwrap_or(' ');
    let len = char_len(s) as i64;
    Some(((width - len).max(0) as usize, fill))
}

/// `s.center(width, fillchar)`: with an odd margin, the extra fill goes left when the width is
/// odd (CPython's `marg / 2 + (marg & width & 1)`).
///
/// # Safety
/// `s` and `fill` must be live strs, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_center(s: *mut Obj, width: i64, fill: *mut Obj) -> *mut Obj {
    let Some((marg, fill)) = pad_args(s, width, fill) else {
        return std::ptr::null_mut();
    };
    if marg == 0 {
        return substr(s, as_str(s));
    }
    let w = (char_len(s) + marg) as u64;
    let left = marg / 2 + (marg as u64 & w & 1) as usize;
    pad(s, left, marg - left, fill)
}

/// `s.ljust(width, fillchar)`.
///
/// # Safety
/// `s` and `fill` must be live strs, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_ljust(s: *mut Obj, width: i64, fill: *mut Obj) -> *mut Obj {
    let Some((marg, fill)) = pad_args(s, width, fill) else {
        return std::ptr::null_mut();
    };
    if marg == 0 {
        return substr(s, as_str(s));
    }
    pad(s, 0, marg, fill)
}

/// `s.rjust(width, fillchar)`.
///
/// # Safety
/// `s` and `fill` must be live strs, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_rjust(s: *mut Obj, width: i64, fill: *mut Obj) -> *mut Obj {
    let Some((marg, fill)) = pad_args(s, width, fill) else {
        return std::ptr::null_mut();
    };
    if marg == 0 {
        return substr(s, as_str(s));
    }
    pad(s, marg, 0, fill)
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
///
/// # Safety
/// `s` must be a live str, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_zfill(s: *mut Obj, width: i64) -> *mut Obj {
    let Some(width) = ssize_arg(width) else {
        return std::ptr::null_mut();
    };
    let len = char_len(s) as i64;
    if width <= len {
        return substr(s, as_str(s));
    }
    let fill = (width - len) as usize;
    let t = as_str(s);
    let (sign, digits) = match t.as_bytes().first() {
        Some(b'+' | b'-') => t.split_at(1),
        _ => ("", t),
    };
    let Some(mut out) = string_with(
        fill.checked_add(t.len())
            .filter(|&n| n <= isize::MAX as usize),
    ) else {
        return std::ptr::null_mut();
    };
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(digits);
    new_str(&out)
}

// ---- ord, chr ----

/// `ord(c)`; TypeError unless `c` is one character.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_ord(s: *mut Obj) -> i64 {
    let n = char_len(s);
    if n != 1 {
        raise(
            ExcKind::TypeError,
            format!("ord() expected a character, but string of length {n} found"),
        );
        return INT_ERROR;
    }
    make_int(as_str(s).chars().next().map_or(0, |c| c as u32) as i128)
}

/// `chr(i)`; ValueError "chr() arg not in range(0x110000)"; OverflowError beyond a C int.
/// Surrogates raise ValueError: natrix strings are UTF-8 and cannot hold them.
///
/// # Safety
/// `i` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_chr(i: i64) -> *mut Obj {
    let v = match view(i) {
        IntRef::Small(x) => i32::try_from(x).ok(),
        IntRef::Big(b) => b.to_i32(),
    };
    let Some(v) = v else {
        raise(ExcKind::OverflowError, TOO_BIG_CINT);
        return std::ptr::null_mut();
    };
    if !(0..0x110000).contains(&v) {
        raise(ExcKind::ValueError, "chr() arg not in range(0x110000)");
        return std::ptr::null_mut();
    }
    match char::from_u32(v as u32) {
        Some(c) if c.is_ascii() => crate::str::ascii_char(c as u8),
        Some(c) => new_str(c.encode_utf8(&mut [0; 4])),
        None => {
            raise(
                ExcKind::ValueError,
                "chr() arg is a surrogate (natrix strings cannot hold U+D800..U+DFFF)",
            );
            std::ptr::null_mut()
        }
    }
}

#[cfg(test)]
mod tests;
