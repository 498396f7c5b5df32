//! Conversions between numbers and text: `str(int)`, `int(str)`, `float(str)`.

use crate::exc::raise;
use crate::int::{int_from_digits, int_to_string, MAX_STR_DIGITS};
use crate::object::Obj;
use crate::str::{as_str, new_str, py_repr};
use natrix_abi::{ExcKind, INT_ERROR};

/// Strips what `int()` and `float()` strip: ASCII whitespace and non-ASCII `str.isspace()`
/// characters — exactly Rust's `char::is_whitespace` (unlike `str.strip()`, CPython's number
/// parsers keep the ASCII separators U+001C–U+001F).
fn strip(s: &str) -> &str {
    s.trim_matches(char::is_whitespace)
}

/// The decimal digits of `m`, written backwards into the end of `buf` (no allocation): the
/// slice of `buf` they fill.
pub(crate) fn digits(mut m: u64, buf: &mut [u8; 24]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    &buf[at..]
}

/// `str(i)` as a new str.
#[no_mangle]
pub unsafe extern "C" fn nx_int_to_str(i: i64) -> *mut Obj {
    if i & 1 == 0 {
        // A small int: its digits and sign, no allocation but the str.
        let v = i >> 1;
        let mut buf = [0u8; 24];
        let d = digits(v.unsigned_abs(), &mut buf);
        let mut text = [0u8; 25];
        let sign = usize::from(v < 0);
        text[0] = b'-';
        text[sign..sign + d.len()].copy_from_slice(d);
        // SAFETY: ASCII digits and a sign.
        let text = std::str::from_utf8_unchecked(&text[..sign + d.len()]);
        return crate::str::new_str_counted(text, text.len());
    }
    match int_to_string(i) {
        Some(text) => new_str(&text),
        None => std::ptr::null_mut(),
    }
}

/// Parses CPython's base-10 `int()` syntax: optional sign, then ASCII digits with single
/// underscores between digits (surrounding whitespace already stripped). Returns the sign and the
/// digits without underscores, or `None` if malformed.
pub fn parse_int(s: &str) -> Option<(bool, String)> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let bytes = digits.as_bytes();
    if bytes.is_empty() || !bytes[0].is_ascii_digit() || !bytes[bytes.len() - 1].is_ascii_digit() {
        return None;
    }
    let mut out = String::with_capacity(bytes.len());
    let mut prev_underscore = false;
    for &b in bytes {
        match b {
            b'0'..=b'9' => {
                out.push(b as char);
                prev_underscore = false;
            }
            b'_' if !prev_underscore => prev_underscore = true,
            _ => return None,
        }
    }
    Some((neg, out))
}

/// `int(s)`.
///
/// # Safety
/// `s` must be a live str object.
#[no_mangle]
pub unsafe extern "C" fn nx_str_to_int(s: *mut Obj) -> i64 {
    let text = as_str(s);
    // The common case: up to 18 ASCII digits with an optional sign, parsed in place.
    let bytes = text.as_bytes();
    let (neg, digits) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if !digits.is_empty() && digits.len() <= 18 && digits.iter().all(u8::is_ascii_digit) {
        let v = digits
            .iter()
            .fold(0i64, |acc, d| acc * 10 + (d - b'0') as i64);
        return (if neg { -v } else { v }) << 1;
    }
    match parse_int(strip(&crate::unicode::ascii_decimal(text))) {
        Some((_, digits)) if digits.len() > MAX_STR_DIGITS => {
            raise(
                ExcKind::ValueError,
                format!(
                    "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                    digits.len()
                ),
            );
            INT_ERROR
        }
        Some((neg, digits)) => int_from_digits(neg, &digits),
        None => {
            raise(
                ExcKind::ValueError,
                format!("invalid literal for int() with base 10: {}", py_repr(text)),
            );
            INT_ERROR
        }
    }
}

/// `int(b)` of a bytes object: its ASCII text as `int(s)` reads it; the ValueError shows the
/// bytes' repr.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_to_int(b: *mut Obj) -> i64 {
    let data = crate::bytes::as_bytes(b);
    let parsed = std::str::from_utf8(data)
        .ok()
        .filter(|t| t.is_ascii())
        .and_then(|t| parse_int(strip(t)));
    match parsed {
        Some((_, digits)) if digits.len() > MAX_STR_DIGITS => {
            let s = crate::str::new_str(&digits);
            let r = nx_str_to_int(s);
            crate::list::decref(s);
            r
        }
        Some((neg, digits)) => int_from_digits(neg, &digits),
        None => {
            raise(
                ExcKind::ValueError,
                format!(
                    "invalid literal for int() with base 10: {}",
                    crate::bytes::bytes_repr(data)
                ),
            );
            INT_ERROR
        }
    }
}

/// Parses CPython's `float()` syntax (whitespace already stripped): sign, decimal digits with an
/// optional point and exponent, underscores only between digits, or inf/infinity/nan in any case.
pub fn parse_float(s: &str) -> Option<f64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let special = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case("nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    // Validate: digits [. digits] [(e|E) [sign] digits], at least one mantissa digit, '_' only
    // between two digits. Collect the text without underscores for Rust's (correctly rounded)
    // parser.
    let b = body.as_bytes();
    let mut clean = String::with_capacity(b.len() + 1);
    if neg {
        clean.push('-');
    }
    let mut i = 0;
    let digits = |i: &mut usize, clean: &mut String| -> Option<usize> {
        let start = *i;
        while *i < b.len() {
            let c = b[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
            } else if c == b'_' {
                let before = *i > start && b[*i - 1].is_ascii_digit();
                let after = b.get(*i + 1).is_some_and(|d| d.is_ascii_digit());
                if !(before && after) {
                    return None;
                }
            } else {
                break;
            }
            *i += 1;
        }
        Some(*i - start)
    };
    let mut mantissa = digits(&mut i, &mut clean)?;
    if b.get(i) == Some(&b'.') {
        clean.push('.');
        i += 1;
        mantissa += digits(&mut i, &mut clean)?;
    }
    if mantissa == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        clean.push('e');
        i += 1;
        if let Some(&c @ (b'+' | b'-')) = b.get(i) {
            clean.push(c as char);
            i += 1;
        }
        if digits(&mut i, &mut clean)? == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// `float(s)`.
///
/// # Safety
/// `s` must be a live str object.
#[no_mangle]
pub unsafe extern "C" fn nx_str_to_float(s: *mut Obj) -> f64 {
    let text = as_str(s);
    match parse_float(strip(&crate::unicode::ascii_decimal(text))) {
        Some(v) => v,
        None => {
            raise(
                ExcKind::ValueError,
                format!("could not convert string to float: {}", py_repr(text)),
            );
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, python, take};

    unsafe fn s(text: &str) -> *mut Obj {
        new_str(text)
    }

    #[test]
    fn int_to_str() {
        let _g = lock();
        unsafe {
            assert_eq!(as_str(nx_int_to_str(-1234 << 1)), "-1234");
            assert_eq!(
                as_str(nx_int_to_str(natrix_abi::SMALL_INT_MIN << 1)),
                "-4611686018427387904"
            );
            let big = crate::int::nx_int_mul(natrix_abi::SMALL_INT_MAX << 1, 4 << 1);
            assert_eq!(as_str(nx_int_to_str(big)), "18446744073709551612");
        }
    }

    #[test]
    fn str_to_int_accepts() {
        let _g = lock();
        // python3 -c 'print(int(" 42 "), int("-0"), int("+1_000"), int("007"), int("\t\n-12\x0b"), int("\u3000 9\u2028"))'
        let cases: &[(&str, i64)] = &[
            ("42", 42),
            (" 42 ", 42),
            ("-0", 0),
            ("+1_000", 1000),
            ("007", 7),
            ("\t\n-12\x0b", -12),
            ("\u{3000} 9\u{2028}", 9),
            // python3 -c 'print(int("١٢"), int(" -٣\u3000"))'
            ("١٢", 12),
            (" -٣\u{3000}", -3),
            ("4611686018427387903", 4611686018427387903),
            ("-4611686018427387904", -4611686018427387904),
        ];
        for &(text, want) in cases {
            let r = unsafe { nx_str_to_int(s(text)) };
            assert_eq!(take(), None, "{text:?}");
            assert_eq!(r >> 1, want, "{text:?}");
        }
        unsafe {
            let b = nx_str_to_int(s("4611686018427387904"));
            assert_eq!(as_str(nx_int_to_str(b)), "4611686018427387904");
            let b = nx_str_to_int(s(&"9".repeat(100)));
            assert_eq!(as_str(nx_int_to_str(b)), "9".repeat(100));
            // CPython 3.11's digit limit.
            assert_eq!(nx_str_to_int(s(&"9".repeat(4301))), INT_ERROR);
            assert_eq!(take().map(|e| e.0), Some("ValueError"));
            assert_eq!(take(), None);
        }
    }

    #[test]
    fn str_to_int_rejects() {
        let _g = lock();
        for text in [
            "", " ", "_1", "1_", "1__0", "+_1", "- 1", "1.0", "0x10", "1e3", "--1", "+", "1 2",
            "abc", "\x1c1", "1\u{1f}",
        ] {
            let r = unsafe { nx_str_to_int(s(text)) };
            assert_eq!(r, INT_ERROR, "{text:?}");
            let e = take().expect("exception");
            assert_eq!(e.0, "ValueError");
            assert_eq!(
                e.1,
                format!("invalid literal for int() with base 10: {}", py_repr(text))
            );
        }
        unsafe { nx_str_to_int(s(" x'y ")) };
        // python3 -c "int(\" x'y \")"
        assert_eq!(
            take().map(|e| e.1),
            Some("invalid literal for int() with base 10: \" x'y \"".into())
        );
    }

    #[test]
    fn str_to_float_cases() {
        let _g = lock();
        // python3 -c 'print(float(" 1.5 "), float("1_0.2_5"), float("-.5"), float("5."), float("1e-3"), float("1E+3"), float("1e1_0"), float("-INFINITY"), float("+inF"), float("nAn"), float("1e500"), float("1e-500"), float("0.1"))'
        let ok: &[(&str, f64)] = &[
            (" 1.5 ", 1.5),
            ("1_0.2_5", 10.25),
            ("-.5", -0.5),
            ("5.", 5.0),
            ("1e-3", 0.001),
            ("1E+3", 1000.0),
            ("1e1_0", 1e10),
            ("-INFINITY", f64::NEG_INFINITY),
            ("+inF", f64::INFINITY),
            ("1e500", f64::INFINITY),
            ("1e-500", 0.0),
            ("0.1", 0.1),
            ("\n-0\t", -0.0),
            ("00012", 12.0),
            ("2.2250738585072014e-308", 2.2250738585072014e-308),
        ];
        for &(text, want) in ok {
            let r = unsafe { nx_str_to_float(s(text)) };
            assert_eq!(take(), None, "{text:?}");
            assert_eq!(r.to_bits(), want.to_bits(), "{text:?}");
        }
        assert!(unsafe { nx_str_to_float(s(" -nAn")) }.is_nan());
        assert_eq!(take(), None);
        let bad = [
            "", ".", "e5", "1e", "1e+", "_1.0", "1_.0", "1._0", "1.0_", "1__0", "1_e5", "1e_5",
            "in", "infinit", "nanx", "0x1p3", "1.0.0", "- 1", "1 .0", "++1", "١.x", "1,5",
        ];
        for text in bad {
            let r = unsafe { nx_str_to_float(s(text)) };
            assert_eq!(r, 0.0);
            let e = take().unwrap_or_else(|| panic!("no exception for {text:?}"));
            assert_eq!(
                e,
                (
                    "ValueError",
                    format!("could not convert string to float: {}", py_repr(text))
                )
            );
        }
    }

    /// Differential test against python3: `cargo test -p natrix-runtime -- --ignored`.
    #[test]
    #[ignore]
    fn parsing_and_repr_against_python3() {
        let _g = lock();
        const FRAGMENTS: &[&str] = &[
            "", " ", "+", "-", "0", "1", "7", "_", "__", ".", "e", "E", "e-", "inf", "Infinity",
            "nan", "x", "\t", "\n", "\u{3000}", "\u{1c}", "\u{85}", "'", "\"", "\\", "é",
            "\u{200b}", "12", "3.5", "1e3", "-0", "\u{7f}", "\r", "\u{a0}", "😀", "١",
        ];
        let mut state: u64 = 0x1234_5678_9abc_def1;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut cases = Vec::new();
        for _ in 0..20_000 {
            let n = 1 + next() % 5;
            let text: String = (0..n)
                .map(|_| FRAGMENTS[(next() % FRAGMENTS.len() as u64) as usize])
                .collect();
            cases.push(text);
        }
        let input: String = cases
            .iter()
            .map(|c| c.bytes().map(|b| format!("{b:02x}")).collect::<String>() + "\n")
            .collect();
        let script = r#"
import sys
for line in sys.stdin:
    s = bytes.fromhex(line.strip()).decode()
    out = [repr(s)]
    for conv in (int, float):
        try:
            v = conv(s)
            out.append(repr(v) if -2**62 <= v < 2**62 or conv is float else 'BIG')
        except ValueError as e:
            out.append('ValueError: ' + str(e))
    print(ascii(out))
"#;
        let Some(want) = python(script, &input) else {
            eprintln!("python3 not available; skipped");
            return;
        };
        assert_eq!(want.len(), cases.len());
        let ascii = |s: &str| -> String {
            s.chars()
                .map(|c| match c {
                    ' '..='~' => c.to_string(),
                    c if (c as u32) < 0x100 => format!("\\x{:02x}", c as u32),
                    c if (c as u32) < 0x10000 => format!("\\u{:04x}", c as u32),
                    c => format!("\\U{:08x}", c as u32),
                })
                .collect()
        };
        let mut bad = 0;
        for (text, w) in cases.iter().zip(&want) {
            let obj = new_str(text);
            let i = unsafe { nx_str_to_int(obj) };
            let iv = match take() {
                Some(("OverflowError", _)) => "BIG".to_string(),
                Some((k, m)) => format!("{k}: {m}"),
                None => (i >> 1).to_string(),
            };
            let f = unsafe { nx_str_to_float(obj) };
            let fv = match take() {
                Some((k, m)) => format!("{k}: {m}"),
                None => crate::float::float_repr(f),
            };
            // Python prints the list with ascii(): every item's repr, non-ASCII escaped.
            let got = format!(
                "[{}]",
                [py_repr(text), iv, fv]
                    .iter()
                    .map(|x| ascii(&py_repr(x)))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            // CPython accepts non-ASCII decimal digits; natrix does not (documented).
            if got != *w && !text.contains('١') {
                bad += 1;
                if bad < 20 {
                    eprintln!("{text:?}:\n  ours   {got}\n  python {w}");
                }
            }
        }
        assert_eq!(bad, 0);
    }
}
