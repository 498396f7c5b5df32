//! The methods of `bytes` that search, split, strip and classify, with CPython's results and
//! errors (ASCII rules for case and whitespace), and `bytes.fromhex`.

use crate::bytes::{as_bytes, new_bytes};
use crate::exc::raise;
use crate::int::{view, IntRef};
use crate::list::{decref, new_list};
use crate::object::Obj;
use natrix_abi::{ElemKind, ExcKind, INT_ERROR};
use num_traits::ToPrimitive;

/// Python's `bytes.isspace` whitespace: space, `\t`, `\n`, `\r`, `\x0b`, `\x0c`.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The first index of `needle` in `hay` at or after `from`.
pub(crate) fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// The last index of `needle` in `hay`.
fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

fn tagged(i: Option<usize>) -> i64 {
    i.map_or(-1, |i| i as i64) << 1
}

/// A maxsplit or count argument: a negative one means no limit.
unsafe fn limit(v: i64) -> Option<usize> {
    match view(v) {
        IntRef::Small(x) => usize::try_from(x).ok(),
        IntRef::Big(b) => b.to_usize(),
    }
}

/// A new list of new bytes objects.
pub(crate) unsafe fn bytes_list(parts: Vec<&[u8]>) -> *mut Obj {
    let l = new_list(ElemKind::Obj, parts.len());
    if l.is_null() {
        return std::ptr::null_mut();
    }
    for p in parts {
        let b = new_bytes(p.to_vec());
        if b.is_null() {
            decref(l as *mut Obj);
            return std::ptr::null_mut();
        }
        crate::list::nx_list_append(l as *mut Obj, b as i64);
        decref(b);
    }
    l as *mut Obj
}

/// `b.find(sub)`, tagged (-1 when absent).
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_find(b: *mut Obj, sub: *mut Obj) -> i64 {
    tagged(find_from(as_bytes(b), as_bytes(sub), 0))
}

/// `b.find(sub, start)`: from `start` (from the end when negative), tagged (-1 when absent).
///
/// # Safety
/// Both must be live bytes objects, `start` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_find_from(b: *mut Obj, sub: *mut Obj, start: i64) -> i64 {
    let hay = as_bytes(b);
    let n = hay.len() as i64;
    let s = match view(start) {
        IntRef::Small(x) => x,
        IntRef::Big(b) => b
            .to_i64()
            .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                -n
            } else {
                n + 1
            }),
    };
    let s = if s < 0 { (s + n).max(0) } else { s };
    if s > n {
        return -2;
    }
    tagged(find_from(hay, as_bytes(sub), s as usize))
}

/// `b.rfind(sub)`, tagged (-1 when absent).
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_rfind(b: *mut Obj, sub: *mut Obj) -> i64 {
    tagged(rfind(as_bytes(b), as_bytes(sub)))
}

fn not_found() -> i64 {
    raise(ExcKind::ValueError, "subsection not found");
    INT_ERROR
}

/// `b.index(sub)`, tagged; ValueError when absent.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_index(b: *mut Obj, sub: *mut Obj) -> i64 {
    match find_from(as_bytes(b), as_bytes(sub), 0) {
        Some(i) => (i as i64) << 1,
        None => not_found(),
    }
}

/// `b.rindex(sub)`, tagged; ValueError when absent.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_rindex(b: *mut Obj, sub: *mut Obj) -> i64 {
    match rfind(as_bytes(b), as_bytes(sub)) {
        Some(i) => (i as i64) << 1,
        None => not_found(),
    }
}

/// `b.count(sub)`: non-overlapping occurrences, tagged (`len(b) + 1` for an empty `sub`).
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_count(b: *mut Obj, sub: *mut Obj) -> i64 {
    let (hay, needle) = (as_bytes(b), as_bytes(sub));
    if needle.is_empty() {
        return ((hay.len() + 1) as i64) << 1;
    }
    let (mut n, mut at) = (0i64, 0);
    while let Some(i) = find_from(hay, needle, at) {
        n += 1;
        at = i + needle.len();
    }
    n << 1
}

/// `b.replace(old, new, count)`: at most `count` replacements (all when negative).
///
/// # Safety
/// All must be live bytes objects, `count` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_replace_count(
    b: *mut Obj,
    old: *mut Obj,
    new: *mut Obj,
    count: i64,
) -> *mut Obj {
    let (hay, old, new) = (as_bytes(b), as_bytes(old), as_bytes(new));
    let max = limit(count).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(hay.len());
    let (mut at, mut done) = (0, 0);
    if old.is_empty() {
        // An empty `old` matches before every byte and at the end.
        for &c in hay {
            if done < max {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(c);
        }
        if done < max {
            out.extend_from_slice(new);
        }
        return new_bytes(out);
    }
    while done < max {
        let Some(i) = find_from(hay, old, at) else {
            break;
        };
        out.extend_from_slice(&hay[at..i]);
        out.extend_from_slice(new);
        at = i + old.len();
        done += 1;
    }
    out.extend_from_slice(&hay[at..]);
    new_bytes(out)
}

/// `b.replace(old, new)`.
///
/// # Safety
/// All must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_replace(b: *mut Obj, old: *mut Obj, new: *mut Obj) -> *mut Obj {
    nx_bytes_replace_count(b, old, new, -2)
}

/// `b.split()`: runs of ASCII whitespace separate the parts; none are empty.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_split_ws(b: *mut Obj) -> *mut Obj {
    bytes_list(
        as_bytes(b)
            .split(|c| is_space(*c))
            .filter(|p| !p.is_empty())
            .collect(),
    )
}

/// `b.split(sep, maxsplit)`: a negative maxsplit is unlimited; ValueError for an empty `sep`.
///
/// # Safety
/// Both must be live bytes objects, `maxsplit` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_split_max(b: *mut Obj, sep: *mut Obj, maxsplit: i64) -> *mut Obj {
    let (hay, sep) = (as_bytes(b), as_bytes(sep));
    if empty_separator(sep) {
        return std::ptr::null_mut();
    }
    let max = limit(maxsplit).unwrap_or(usize::MAX);
    let (mut parts, mut at) = (vec![], 0);
    while parts.len() < max {
        let Some(i) = find_from(hay, sep, at) else {
            break;
        };
        parts.push(&hay[at..i]);
        at = i + sep.len();
    }
    parts.push(&hay[at..]);
    bytes_list(parts)
}

/// `b.split(sep)`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_split(b: *mut Obj, sep: *mut Obj) -> *mut Obj {
    nx_bytes_split_max(b, sep, -2)
}

/// Strips bytes in `set` (ASCII whitespace when `None`) from the chosen ends.
unsafe fn strip(b: *mut Obj, set: Option<&[u8]>, left: bool, right: bool) -> *mut Obj {
    let s = as_bytes(b);
    let strip = |c: &u8| match set {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let start = if left {
        s.iter().position(|c| !strip(c)).unwrap_or(s.len())
    } else {
        0
    };
    let end = if right {
        s.iter().rposition(|c| !strip(c)).map_or(start, |i| i + 1)
    } else {
        s.len()
    };
    new_bytes(s[start..end.max(start)].to_vec())
}

/// `b.strip()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_strip(b: *mut Obj) -> *mut Obj {
    strip(b, None, true, true)
}

/// `b.lstrip()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_lstrip(b: *mut Obj) -> *mut Obj {
    strip(b, None, true, false)
}

/// `b.rstrip()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_rstrip(b: *mut Obj) -> *mut Obj {
    strip(b, None, false, true)
}

/// `b.strip(chars)`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_strip_chars(b: *mut Obj, chars: *mut Obj) -> *mut Obj {
    strip(b, Some(as_bytes(chars)), true, true)
}

/// `b.lstrip(chars)`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_lstrip_chars(b: *mut Obj, chars: *mut Obj) -> *mut Obj {
    strip(b, Some(as_bytes(chars)), true, false)
}

/// `b.rstrip(chars)`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_rstrip_chars(b: *mut Obj, chars: *mut Obj) -> *mut Obj {
    strip(b, Some(as_bytes(chars)), false, true)
}

/// `b.upper()` (ASCII letters only).
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_upper(b: *mut Obj) -> *mut Obj {
    new_bytes(as_bytes(b).to_ascii_uppercase())
}

/// `b.lower()` (ASCII letters only).
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_lower(b: *mut Obj) -> *mut Obj {
    new_bytes(as_bytes(b).to_ascii_lowercase())
}

/// Whether `b` is non-empty and every byte satisfies `f`.
unsafe fn all_bytes(b: *mut Obj, f: impl Fn(u8) -> bool) -> u8 {
    let s = as_bytes(b);
    (!s.is_empty() && s.iter().all(|c| f(*c))) as u8
}

/// `b.isdigit()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_isdigit(b: *mut Obj) -> u8 {
    all_bytes(b, |c| c.is_ascii_digit())
}

/// `b.isalpha()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_isalpha(b: *mut Obj) -> u8 {
    all_bytes(b, |c| c.is_ascii_alphabetic())
}

/// `b.isalnum()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_isalnum(b: *mut Obj) -> u8 {
    all_bytes(b, |c| c.is_ascii_alphanumeric())
}

/// `b.isspace()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_isspace(b: *mut Obj) -> u8 {
    all_bytes(b, is_space)
}

/// `b.isupper()`: some cased byte, none lowercase.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_isupper(b: *mut Obj) -> u8 {
    let s = as_bytes(b);
    (s.iter().any(|c| c.is_ascii_uppercase()) && !s.iter().any(|c| c.is_ascii_lowercase())) as u8
}

/// `b.islower()`: some cased byte, none uppercase.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_islower(b: *mut Obj) -> u8 {
    let s = as_bytes(b);
    (s.iter().any(|c| c.is_ascii_lowercase()) && !s.iter().any(|c| c.is_ascii_uppercase())) as u8
}

/// A new tuple of three new bytes objects.
unsafe fn bytes_triple(parts: [&[u8]; 3]) -> *mut Obj {
    let t = crate::tuple::nx_tuple_new(3);
    if t.is_null() {
        return t;
    }
    for (i, p) in parts.iter().enumerate() {
        let b = new_bytes(p.to_vec());
        if b.is_null() {
            decref(t);
            return std::ptr::null_mut();
        }
        crate::tuple::nx_tuple_init(t, i as i64, ElemKind::Obj as i64, b as i64);
        decref(b);
    }
    t
}

fn empty_separator(sep: &[u8]) -> bool {
    if sep.is_empty() {
        raise(ExcKind::ValueError, "empty separator");
        return true;
    }
    false
}

/// `b.partition(sep)`: (before, sep, after) at the first `sep`, or (b, b"", b"");
/// ValueError "empty separator".
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_partition(b: *mut Obj, sep: *mut Obj) -> *mut Obj {
    let (hay, sep) = (as_bytes(b), as_bytes(sep));
    if empty_separator(sep) {
        return std::ptr::null_mut();
    }
    match find_from(hay, sep, 0) {
        Some(i) => bytes_triple([&hay[..i], sep, &hay[i + sep.len()..]]),
        None => bytes_triple([hay, b"", b""]),
    }
}

/// `b.rpartition(sep)`: at the last `sep`, or (b"", b"", b).
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_rpartition(b: *mut Obj, sep: *mut Obj) -> *mut Obj {
    let (hay, sep) = (as_bytes(b), as_bytes(sep));
    if empty_separator(sep) {
        return std::ptr::null_mut();
    }
    match rfind(hay, sep) {
        Some(i) => bytes_triple([&hay[..i], sep, &hay[i + sep.len()..]]),
        None => bytes_triple([b"", b"", hay]),
    }
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs; null with
/// CPython's ValueError naming the position of the first bad character.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_fromhex(s: *mut Obj) -> *mut Obj {
    let chars: Vec<char> = crate::str::as_str(s).chars().collect();
    let digit = |c: char| c.to_digit(16);
    let mut out = vec![];
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let (Some(hi), Some(lo)) = (digit(chars[i]), chars.get(i + 1).copied().and_then(digit))
        else {
            let at = if digit(chars[i]).is_none() { i } else { i + 1 };
            raise(
                ExcKind::ValueError,
                &format!("non-hexadecimal number found in fromhex() arg at position {at}"),
            );
            return std::ptr::null_mut();
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    new_bytes(out)
}
