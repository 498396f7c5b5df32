//! `str.encode` and `bytes.decode` in the codecs natrix knows (UTF-8, ASCII, Latin-1, in
//! `codecs_extra.rs` UTF-16, UTF-32 and Windows-1252, in `codecs_escape.rs`
//! `unicode_escape` and `raw_unicode_escape`), with
//! CPython's error handlers: `strict` (UnicodeEncodeError / UnicodeDecodeError with CPython's
//! messages), `ignore`, `replace`, `backslashreplace`, and `xmlcharrefreplace` for encoding.
//! As in CPython, the handler is looked up only when an error occurs: an unknown name raises
//! LookupError then, and not for text the codec takes whole.

use crate::bytes::{as_bytes, new_bytes};
use crate::codecs_escape::Escapes;
use crate::exc::raise;
use crate::object::Obj;
use crate::str::{as_str, new_str};
use natrix_abi::ExcKind;

/// The codec an encoding name names, as CPython normalizes it.
fn codec(name: &str) -> Option<&'static str> {
    let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" => "utf-8",
        "utf_8_sig" | "utf8_sig" => "utf-8-sig",
        "ascii" | "us_ascii" => "ascii",
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" => "latin-1",
        "utf_16" | "utf16" | "u16" => "utf-16",
        "utf_16_le" | "utf_16le" => "utf-16-le",
        "utf_16_be" | "utf_16be" => "utf-16-be",
        "utf_32" | "utf32" | "u32" => "utf-32",
        "utf_32_le" | "utf_32le" => "utf-32-le",
        "utf_32_be" | "utf_32be" => "utf-32-be",
        "cp1252" | "windows_1252" => "cp1252",
        "unicode_escape" => "unicode-escape",
        "raw_unicode_escape" => "raw-unicode-escape",
        _ => return None,
    })
}

/// The codec `encoding` (a str) names, or LookupError as CPython raises it.
unsafe fn known_codec(encoding: *mut Obj) -> Option<&'static str> {
    let c = codec(as_str(encoding));
    if c.is_none() {
        raise(
            ExcKind::LookupError,
            format!("unknown encoding: {}", as_str(encoding)),
        );
    }
    c
}

/// An error handler, by its name (`errors`; null is `strict`).
#[derive(Clone, Copy, PartialEq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// The handler `errors` names when an error needs it: LookupError for a name CPython does
/// not know (`xmlcharrefreplace` only encodes: TypeError decoding, as CPython's).
unsafe fn handler(errors: *mut Obj, encoding: bool) -> Option<Handler> {
    if errors.is_null() {
        return Some(Handler::Strict);
    }
    let name = as_str(errors);
    Some(match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" if encoding => Handler::XmlCharRefReplace,
        "xmlcharrefreplace" => {
            raise(
                ExcKind::TypeError,
                "don't know how to handle UnicodeDecodeError in error callback",
            );
            return None;
        }
        _ => {
            raise(
                ExcKind::LookupError,
                format!("unknown error handler name '{name}'"),
            );
            return None;
        }
    })
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`: how CPython escapes a code point.
fn escape(code: u32) -> String {
    if code < 0x100 {
        format!("\\x{code:02x}")
    } else if code < 0x10000 {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}

/// `s.encode(encoding, errors)`: LookupError for an encoding natrix does not know,
/// UnicodeEncodeError (under `strict`) for a character the codec cannot hold. `errors` may
/// be null (`strict`).
///
/// # Safety
/// `s` and `encoding` must be live strs, `errors` null or a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_encode(
    s: *mut Obj,
    encoding: *mut Obj,
    errors: *mut Obj,
) -> *mut Obj {
    let text = as_str(s);
    let Some(c) = known_codec(encoding) else {
        return std::ptr::null_mut();
    };
    if c == "utf-8" {
        return new_bytes(text.as_bytes().to_vec());
    }
    if c == "utf-8-sig" {
        // A byte-order mark, then UTF-8.
        let mut out = vec![0xef, 0xbb, 0xbf];
        out.extend_from_slice(text.as_bytes());
        return new_bytes(out);
    }
    if let Some(w) = crate::codecs_extra::wide(c) {
        return new_bytes(w.encode(text));
    }
    if let Some(e) = escapes(c) {
        return new_bytes(e.encode(text));
    }
    let byte = |ch: char| match c {
        "ascii" => (ch.is_ascii()).then_some(ch as u8),
        "cp1252" => crate::codecs_extra::cp1252_byte(ch),
        _ => u8::try_from(ch as u32).ok(),
    };
    let mut out = Vec::with_capacity(text.len());
    let mut how = None;
    let chars: Vec<char> = text.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        let code = ch as u32;
        if let Some(b) = byte(ch) {
            out.push(b);
            continue;
        }
        let h = match how {
            Some(h) => h,
            None => match handler(errors, true) {
                Some(h) => *how.insert(h),
                None => return std::ptr::null_mut(),
            },
        };
        match h {
            Handler::Strict => {
                // The whole run of characters the codec cannot encode.
                let end = i + chars[i..]
                    .iter()
                    .take_while(|c| byte(**c).is_none())
                    .count()
                    - 1;
                let (codec, why) = match c {
                    "ascii" => ("ascii", "ordinal not in range(128)"),
                    "cp1252" => ("charmap", "character maps to <undefined>"),
                    _ => ("latin-1", "ordinal not in range(256)"),
                };
                let what = if end > i {
                    format!("characters in position {i}-{end}")
                } else {
                    format!("character '{}' in position {i}", escape(code))
                };
                raise(
                    ExcKind::UnicodeEncodeError,
                    format!("'{codec}' codec can't encode {what}: {why}"),
                );
                return std::ptr::null_mut();
            }
            Handler::Ignore => {}
            Handler::Replace => out.push(b'?'),
            Handler::BackslashReplace => out.extend(escape(code).bytes()),
            Handler::XmlCharRefReplace => out.extend(format!("&#{code};").bytes()),
        }
    }
    new_bytes(out)
}

/// `b.decode(encoding, errors)`: UnicodeDecodeError (under `strict`) with CPython's message
/// where the bytes are not valid in the codec. `errors` may be null (`strict`).
///
/// # Safety
/// `b` must be a live bytes object, `encoding` a live str, `errors` null or a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_decode(
    b: *mut Obj,
    encoding: *mut Obj,
    errors: *mut Obj,
) -> *mut Obj {
    let data = as_bytes(b);
    let Some(mut c) = known_codec(encoding) else {
        return std::ptr::null_mut();
    };
    // UTF-8 after a byte-order mark, if there is one (error positions count it).
    let data = if c == "utf-8-sig" {
        c = "utf-8";
        data.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(data)
    } else {
        data
    };
    if let Some(w) = crate::codecs_extra::wide(c) {
        return decode_wide(w, data, errors);
    }
    if c == "cp1252" {
        return decode_cp1252(data, errors);
    }
    if let Some(e) = escapes(c) {
        return decode_escapes(e, data, errors);
    }
    match c {
        "utf-8" => match std::str::from_utf8(data) {
            Ok(t) => new_str(t),
            Err(e) => {
                let at = e.valid_up_to();
                let Some(h) = handler(errors, false) else {
                    return std::ptr::null_mut();
                };
                if h == Handler::Strict {
                    raise(
                        ExcKind::UnicodeDecodeError,
                        utf8_error(data, at, e.error_len()),
                    );
                    return std::ptr::null_mut();
                }
                // Each maximal invalid subsequence (what `utf8_chunks` reports, as CPython's
                // decoder splits them) handled at once.
                let mut out = String::with_capacity(data.len());
                for chunk in data.utf8_chunks() {
                    out.push_str(chunk.valid());
                    let bad = chunk.invalid();
                    if !bad.is_empty() {
                        replace_bytes(&mut out, bad, h);
                    }
                }
                new_str(&out)
            }
        },
        "ascii" => match data.iter().position(|b| *b >= 0x80) {
            Some(i) => {
                let Some(h) = handler(errors, false) else {
                    return std::ptr::null_mut();
                };
                if h == Handler::Strict {
                    raise(
                        ExcKind::UnicodeDecodeError,
                        format!(
                            "'ascii' codec can't decode byte 0x{:02x} in position {i}: ordinal not in range(128)",
                            data[i]
                        ),
                    );
                    return std::ptr::null_mut();
                }
                let mut out = String::with_capacity(data.len());
                for &byte in data {
                    if byte < 0x80 {
                        out.push(byte as char);
                    } else {
                        replace_bytes(&mut out, &[byte], h);
                    }
                }
                new_str(&out)
            }
            None => new_str(std::str::from_utf8_unchecked(data)),
        },
        _ => new_str(&data.iter().map(|b| *b as char).collect::<String>()),
    }
}

/// `b.decode()` in UTF-16 or UTF-32.
unsafe fn decode_wide(w: crate::codecs_extra::Wide, data: &[u8], errors: *mut Obj) -> *mut Obj {
    let h = match w.decode(data, None) {
        Ok(text) => return new_str(&text),
        Err(_) => match handler(errors, false) {
            Some(h) => h,
            None => return std::ptr::null_mut(),
        },
    };
    let handle = move |out: &mut String, bad: &[u8]| replace_bytes(out, bad, h);
    let handle: Option<&dyn Fn(&mut String, &[u8])> = (h != Handler::Strict).then_some(&handle);
    match w.decode(data, handle) {
        Ok(text) => new_str(&text),
        Err((codec, start, end, why)) => {
            raise_decode_error(codec, data, (start, end), why);
            std::ptr::null_mut()
        }
    }
}

/// `b.decode("cp1252")`: five bytes map to no character.
unsafe fn decode_cp1252(data: &[u8], errors: *mut Obj) -> *mut Obj {
    let mut out = String::with_capacity(data.len());
    let mut how = None;
    for (i, &byte) in data.iter().enumerate() {
        if let Some(ch) = crate::codecs_extra::cp1252_char(byte) {
            out.push(ch);
            continue;
        }
        let h = match how {
            Some(h) => h,
            None => match handler(errors, false) {
                Some(h) => *how.insert(h),
                None => return std::ptr::null_mut(),
            },
        };
        if h == Handler::Strict {
            raise(
                ExcKind::UnicodeDecodeError,
                format!(
                    "'charmap' codec can't decode byte 0x{byte:02x} in position {i}: character maps to <undefined>"
                ),
            );
            return std::ptr::null_mut();
        }
        replace_bytes(&mut out, &[byte], h);
    }
    new_str(&out)
}

/// The escape codec `c` names.
fn escapes(c: &str) -> Option<Escapes> {
    match c {
        "unicode-escape" => Some(Escapes::Unicode),
        "raw-unicode-escape" => Some(Escapes::Raw),
        _ => None,
    }
}

/// `b.decode("unicode_escape")`: a bad escape is the handler's (U+FFFD for `replace`,
/// nothing for `ignore`; `backslashreplace`, its bytes escaped).
unsafe fn decode_escapes(e: Escapes, data: &[u8], errors: *mut Obj) -> *mut Obj {
    let mut how = None;
    let mut failed = false;
    let text = e.decode(data, &mut |out, start, end, why| {
        let h = match how {
            Some(h) => h,
            None => match handler(errors, false) {
                Some(h) => *how.insert(h),
                None => {
                    failed = true;
                    return false;
                }
            },
        };
        if h == Handler::Strict {
            raise_decode_error(e.name(), data, (start, end), why);
            failed = true;
            return false;
        }
        replace_bytes(out, &data[start..=end], h);
        true
    });
    match text {
        Some(t) if !failed => new_str(&t),
        _ => std::ptr::null_mut(),
    }
}

/// CPython's UnicodeDecodeError for bytes `start..=end` of `data` that `codec` cannot decode.
unsafe fn raise_decode_error(codec: &str, data: &[u8], (start, end): (usize, usize), why: &str) {
    let what = if end > start {
        format!("bytes in position {start}-{end}")
    } else {
        format!("byte 0x{:02x} in position {start}", data[start])
    };
    raise(
        ExcKind::UnicodeDecodeError,
        format!("'{codec}' codec can't decode {what}: {why}"),
    );
}

/// What handler `h` (not `strict`) makes of one undecodable run of bytes.
fn replace_bytes(out: &mut String, bad: &[u8], h: Handler) {
    match h {
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => bad.iter().for_each(|b| out.push_str(&escape(*b as u32))),
        _ => {}
    }
}

/// CPython's message for invalid UTF-8 at `at` (`error_len` as `Utf8Error` gives it).
fn utf8_error(data: &[u8], at: usize, error_len: Option<usize>) -> String {
    let lead = data[at];
    let msg = match error_len {
        None => {
            let end = data.len() - 1;
            if end > at {
                format!("can't decode bytes in position {at}-{end}: unexpected end of data")
            } else {
                format!("can't decode byte 0x{lead:02x} in position {at}: unexpected end of data")
            }
        }
        Some(_) => {
            let starts = matches!(lead, 0xc2..=0xf4);
            let why = if starts {
                "invalid continuation byte"
            } else {
                "invalid start byte"
            };
            format!("can't decode byte 0x{lead:02x} in position {at}: {why}")
        }
    };
    format!("'utf-8' codec {msg}")
}
