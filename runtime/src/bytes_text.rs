//! The methods of `bytes` that lay text out and transform it: padding (`ljust`, `rjust`,
//! `center`, `zfill`), `splitlines`, `rsplit`, `removeprefix`/`removesuffix`, ASCII case
//! (`capitalize`, `title`, `swapcase`, `istitle`), `expandtabs`, `isascii` and `hex` with a
//! separator, with CPython's results and errors.

use crate::bytes::{as_bytes, is_bytes, new_bytes};
use crate::bytes_methods::bytes_list;
use crate::exc::raise;
use crate::int::{view, IntRef};
use crate::object::Obj;
use crate::str::{as_str, new_str};
use natrix_abi::ExcKind;
use num_traits::ToPrimitive;

/// A width, count or size argument as an i64 (saturated: no bytes object is that long).
unsafe fn int_arg(v: i64) -> i64 {
    match view(v) {
        IntRef::Small(x) => x,
        IntRef::Big(b) => b
            .to_i64()
            .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
    }
}

/// The fill byte of `ljust`/`rjust`/`center`: CPython's TypeError unless a bytes of one byte.
unsafe fn fill_byte(method: &str, fill: *mut Obj) -> Option<u8> {
    match as_bytes(fill) {
        [c] => Some(*c),
        _ => {
            raise(
                ExcKind::TypeError,
                format!("{method}() argument 2 must be a byte string of length 1, not bytes"),
            );
            None
        }
    }
}

/// `b` padded to `width` with `left` of the margin's bytes before it (a function of the
/// margin) and the rest after.
unsafe fn pad(b: *mut Obj, width: i64, fill: u8, left: impl Fn(usize) -> usize) -> *mut Obj {
    let s = as_bytes(b);
    let marg = (int_arg(width).max(0) as usize).saturating_sub(s.len());
    let l = left(marg);
    let mut out = Vec::with_capacity(s.len() + marg);
    out.resize(l, fill);
    out.extend_from_slice(s);
    out.resize(s.len() + marg, fill);
    new_bytes(out)
}

/// `b.ljust(width)`.
///
/// # Safety
/// `b` must be a live bytes object, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_ljust(b: *mut Obj, width: i64) -> *mut Obj {
    pad(b, width, b' ', |_| 0)
}

/// `b.rjust(width)`.
///
/// # Safety
/// `b` must be a live bytes object, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_rjust(b: *mut Obj, width: i64) -> *mut Obj {
    pad(b, width, b' ', |m| m)
}

/// `b.center(width)`: with an odd margin the extra byte goes left when the width is odd
/// (CPython's `marg / 2 + (marg & width & 1)`).
///
/// # Safety
/// `b` must be a live bytes object, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_center(b: *mut Obj, width: i64) -> *mut Obj {
    let w = int_arg(width);
    pad(b, width, b' ', |m| m / 2 + (m as i64 & w & 1) as usize)
}

/// `b.ljust(width, fill)`.
///
/// # Safety
/// `b` and `fill` must be live bytes objects, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_ljust_fill(b: *mut Obj, width: i64, fill: *mut Obj) -> *mut Obj {
    match fill_byte("ljust", fill) {
        Some(f) => pad(b, width, f, |_| 0),
        None => std::ptr::null_mut(),
    }
}

/// `b.rjust(width, fill)`.
///
/// # Safety
/// `b` and `fill` must be live bytes objects, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_rjust_fill(b: *mut Obj, width: i64, fill: *mut Obj) -> *mut Obj {
    match fill_byte("rjust", fill) {
        Some(f) => pad(b, width, f, |m| m),
        None => std::ptr::null_mut(),
    }
}

/// `b.center(width, fill)`.
///
/// # Safety
/// `b` and `fill` must be live bytes objects, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_center_fill(b: *mut Obj, width: i64, fill: *mut Obj) -> *mut Obj {
    let w = int_arg(width);
    match fill_byte("center", fill) {
        Some(f) => pad(b, width, f, |m| m / 2 + (m as i64 & w & 1) as usize),
        None => std::ptr::null_mut(),
    }
}

/// `b.zfill(width)`: zeros after a leading sign.
///
/// # Safety
/// `b` must be a live bytes object, `width` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_zfill(b: *mut Obj, width: i64) -> *mut Obj {
    let s = as_bytes(b);
    let marg = (int_arg(width).max(0) as usize).saturating_sub(s.len());
    let mut out = Vec::with_capacity(s.len() + marg);
    let sign = matches!(s.first(), Some(b'+' | b'-'));
    if sign {
        out.push(s[0]);
    }
    out.resize(out.len() + marg, b'0');
    out.extend_from_slice(&s[usize::from(sign)..]);
    new_bytes(out)
}

/// The lines of `s` split at `\n`, `\r` and `\r\n`, each with its ending when `keepends`.
fn lines(s: &[u8], keepends: bool) -> Vec<&[u8]> {
    let (mut out, mut start, mut i) = (vec![], 0, 0);
    while i < s.len() {
        let end = match s[i] {
            b'\r' if s.get(i + 1) == Some(&b'\n') => i + 2,
            b'\n' | b'\r' => i + 1,
            _ => {
                i += 1;
                continue;
            }
        };
        out.push(&s[start..if keepends { end } else { i }]);
        start = end;
        i = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `b.splitlines()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_splitlines(b: *mut Obj) -> *mut Obj {
    bytes_list(lines(as_bytes(b), false))
}

/// `b.splitlines(keepends)`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_splitlines_keepends(b: *mut Obj, keepends: u8) -> *mut Obj {
    bytes_list(lines(as_bytes(b), keepends != 0))
}

/// Python's `bytes.isspace` whitespace.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `b.rsplit(None, maxsplit)`: runs of whitespace, at most `maxsplit` splits from the right.
unsafe fn rsplit_ws(s: &[u8], max: usize) -> *mut Obj {
    let (mut parts, mut end) = (vec![], s.len());
    loop {
        while end > 0 && is_space(s[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            break;
        }
        if parts.len() == max {
            parts.push(&s[..end]);
            break;
        }
        let start = s[..end]
            .iter()
            .rposition(|c| is_space(*c))
            .map_or(0, |i| i + 1);
        parts.push(&s[start..end]);
        end = start;
    }
    parts.reverse();
    bytes_list(parts)
}

/// `b.rsplit()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_rsplit_ws(b: *mut Obj) -> *mut Obj {
    rsplit_ws(as_bytes(b), usize::MAX)
}

/// `b.rsplit(sep, maxsplit)`: a negative maxsplit is unlimited; ValueError for an empty `sep`.
///
/// # Safety
/// Both must be live bytes objects, `maxsplit` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_rsplit_max(
    b: *mut Obj,
    sep: *mut Obj,
    maxsplit: i64,
) -> *mut Obj {
    let (hay, sep) = (as_bytes(b), as_bytes(sep));
    if sep.is_empty() {
        raise(ExcKind::ValueError, "empty separator");
        return std::ptr::null_mut();
    }
    let max = usize::try_from(int_arg(maxsplit)).unwrap_or(usize::MAX);
    let (mut parts, mut end) = (vec![], hay.len());
    while parts.len() < max && end >= sep.len() {
        let Some(i) = (0..=end - sep.len())
            .rev()
            .find(|&i| &hay[i..i + sep.len()] == sep)
        else {
            break;
        };
        parts.push(&hay[i + sep.len()..end]);
        end = i;
    }
    parts.push(&hay[..end]);
    parts.reverse();
    bytes_list(parts)
}

/// `b.rsplit(sep)`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_rsplit(b: *mut Obj, sep: *mut Obj) -> *mut Obj {
    nx_bytes_rsplit_max(b, sep, -2)
}

/// `b.removeprefix(prefix)`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_removeprefix(b: *mut Obj, prefix: *mut Obj) -> *mut Obj {
    let s = as_bytes(b);
    new_bytes(s.strip_prefix(as_bytes(prefix)).unwrap_or(s).to_vec())
}

/// `b.removesuffix(suffix)`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_removesuffix(b: *mut Obj, suffix: *mut Obj) -> *mut Obj {
    let s = as_bytes(b);
    new_bytes(s.strip_suffix(as_bytes(suffix)).unwrap_or(s).to_vec())
}

/// `b.capitalize()`: the first byte upper-cased, the rest lower-cased (ASCII letters).
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_capitalize(b: *mut Obj) -> *mut Obj {
    let mut out = as_bytes(b).to_ascii_lowercase();
    if let Some(c) = out.first_mut() {
        c.make_ascii_uppercase();
    }
    new_bytes(out)
}

/// `b.title()`: a letter after a letter lower-cased, any other upper-cased.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_title(b: *mut Obj) -> *mut Obj {
    let mut out = as_bytes(b).to_vec();
    let mut previous_cased = false;
    for c in out.iter_mut() {
        if previous_cased {
            c.make_ascii_lowercase();
        } else {
            c.make_ascii_uppercase();
        }
        previous_cased = c.is_ascii_alphabetic();
    }
    new_bytes(out)
}

/// `b.swapcase()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_swapcase(b: *mut Obj) -> *mut Obj {
    let out = as_bytes(b)
        .iter()
        .map(|c| match c {
            b'a'..=b'z' => c.to_ascii_uppercase(),
            b'A'..=b'Z' => c.to_ascii_lowercase(),
            _ => *c,
        })
        .collect();
    new_bytes(out)
}

/// `b.istitle()`: cased runs start upper-case and go on lower-case, and there is one.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_istitle(b: *mut Obj) -> u8 {
    let (mut cased, mut previous_cased) = (false, false);
    for c in as_bytes(b) {
        if c.is_ascii_uppercase() {
            if previous_cased {
                return 0;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_cased {
                return 0;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased as u8
}

/// `b.isascii()` (true for an empty one).
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_isascii(b: *mut Obj) -> u8 {
    as_bytes(b).is_ascii() as u8
}

/// `b.expandtabs(tabsize)`: the column restarts after `\n` and `\r`.
///
/// # Safety
/// `b` must be a live bytes object, `tabsize` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_expandtabs(b: *mut Obj, tabsize: i64) -> *mut Obj {
    let tabsize = int_arg(tabsize);
    let (mut out, mut column) = (vec![], 0i64);
    for &c in as_bytes(b) {
        match c {
            b'\t' if tabsize > 0 => {
                let n = tabsize - column % tabsize;
                if n > (1 << 40) {
                    raise(ExcKind::OverflowError, "result too long");
                    return std::ptr::null_mut();
                }
                out.resize(out.len() + n as usize, b' ');
                column += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    new_bytes(out)
}

/// `b.hex(sep, bytes_per_sep)`: `sep` (a str or bytes of one ASCII character) between groups
/// of `bytes_per_sep` bytes counted from the right, or from the left when it is negative.
///
/// # Safety
/// `b` must be a live bytes object, `sep` a live str or bytes, `per` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_hex_sep(b: *mut Obj, sep: *mut Obj, per: i64) -> *mut Obj {
    let (text, chars) = if is_bytes(sep) {
        (as_bytes(sep), as_bytes(sep).len())
    } else {
        (as_str(sep).as_bytes(), as_str(sep).chars().count())
    };
    if chars != 1 {
        raise(ExcKind::ValueError, "sep must be length 1.");
        return std::ptr::null_mut();
    }
    if !text[0].is_ascii() {
        raise(ExcKind::ValueError, "sep must be ASCII.");
        return std::ptr::null_mut();
    }
    let sep = text[0] as char;
    let s = as_bytes(b);
    let per = int_arg(per);
    let group = per.unsigned_abs().max(1) as usize;
    let mut out = String::with_capacity(s.len() * 3);
    for (i, byte) in s.iter().enumerate() {
        // A separator goes before byte i when a group boundary falls there.
        let boundary = if per == 0 {
            false
        } else if per > 0 {
            i > 0 && (s.len() - i) % group == 0
        } else {
            i > 0 && i % group == 0
        };
        if boundary {
            out.push(sep);
        }
        out.push_str(&format!("{byte:02x}"));
    }
    new_str(&out)
}

/// `ord(b)` of a bytes object: its one byte; CPython's TypeError for another length.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_ord(b: *mut Obj) -> i64 {
    match as_bytes(b) {
        [c] => (*c as i64) << 1,
        s => {
            raise(
                ExcKind::TypeError,
                format!(
                    "ord() expected a character, but string of length {} found",
                    s.len()
                ),
            );
            natrix_abi::INT_ERROR
        }
    }
}

/// `b.startswith((x, y, …))` (`end` 0) or `b.endswith(…)` (`end` 1): whether `b` starts (ends)
/// with any of the bytes objects in list `affixes`.
///
/// # Safety
/// `b` must be a live bytes object, `affixes` a live list of bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_affix_any(b: *mut Obj, affixes: *mut Obj, end: u8) -> u8 {
    let data = as_bytes(b);
    let items = crate::list::items(affixes as *const crate::list::ListObj);
    items.iter().any(|&a| {
        let a = as_bytes(a as *mut Obj);
        if end != 0 {
            data.ends_with(a)
        } else {
            data.starts_with(a)
        }
    }) as u8
}
