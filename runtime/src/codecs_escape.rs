//! The `unicode_escape` and `raw_unicode_escape` codecs: Python's backslash escapes as bytes
//! (`s.encode("unicode_escape")`), and the escapes in bytes read back as characters
//! (`b"hi\\tthere".decode("unicode_escape")`, which lexers use to read string literals).
//!
//! Decoding reads each byte as its Latin-1 character and interprets the escapes of a Python
//! string literal (`raw_unicode_escape`: only `\uXXXX` and `\UXXXXXXXX`); an escape it does
//! not know stays as written. A bad escape is the codec's UnicodeDecodeError, with CPython's
//! messages, or under `replace` U+FFFD and under `ignore` nothing.

/// Which of the two codecs.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Escapes {
    /// `unicode_escape`: every escape of a str literal.
    Unicode,
    /// `raw_unicode_escape`: `\u` and `\U` only.
    Raw,
}

impl Escapes {
    /// The codec's name in CPython's messages.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Escapes::Unicode => "unicodeescape",
            Escapes::Raw => "rawunicodeescape",
        }
    }

    /// `text` encoded.
    pub(crate) fn encode(self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len());
        for ch in text.chars() {
            let code = ch as u32;
            match (self, ch) {
                (Escapes::Raw, _) if code < 0x100 => out.push(code as u8),
                (Escapes::Unicode, '\\') => out.extend(b"\\\\"),
                (Escapes::Unicode, '\t') => out.extend(b"\\t"),
                (Escapes::Unicode, '\n') => out.extend(b"\\n"),
                (Escapes::Unicode, '\r') => out.extend(b"\\r"),
                (Escapes::Unicode, _) if (0x20..0x7f).contains(&code) => out.push(code as u8),
                (Escapes::Unicode, _) if code < 0x100 => {
                    out.extend(format!("\\x{code:02x}").bytes())
                }
                _ if code < 0x10000 => out.extend(format!("\\u{code:04x}").bytes()),
                _ => out.extend(format!("\\U{code:08x}").bytes()),
            }
        }
        out
    }

    /// `data` decoded; a bad escape is passed to `bad` with its byte range and CPython's
    /// reason, which returns false to stop (strict) or true to go on (it wrote what stands
    /// for the escape).
    pub(crate) fn decode(
        self,
        data: &[u8],
        bad: &mut dyn FnMut(&mut String, usize, usize, &str) -> bool,
    ) -> Option<String> {
        let mut out = String::with_capacity(data.len());
        let mut i = 0;
        while i < data.len() {
            let b = data[i];
            if b != b'\\' {
                out.push(b as char);
                i += 1;
                continue;
            }
            let start = i;
            // (Raw: only an odd run of backslashes before `u`/`U` escapes.)
            if self == Escapes::Raw {
                let run = data[i..].iter().take_while(|c| **c == b'\\').count();
                let next = data.get(i + run).copied();
                if run % 2 == 0 || !matches!(next, Some(b'u' | b'U')) {
                    out.extend(std::iter::repeat_n('\\', run));
                    i += run;
                    continue;
                }
                out.extend(std::iter::repeat_n('\\', run - 1));
                i += run - 1;
            }
            let Some(&kind) = data.get(i + 1) else {
                if !bad(&mut out, start, start, "\\ at end of string") {
                    return None;
                }
                break;
            };
            i += 2;
            let simple = match kind {
                b'\n' => Some(None),
                b'\\' => Some(Some('\\')),
                b'\'' => Some(Some('\'')),
                b'"' => Some(Some('"')),
                b'a' => Some(Some('\x07')),
                b'b' => Some(Some('\x08')),
                b'f' => Some(Some('\x0c')),
                b'n' => Some(Some('\n')),
                b'r' => Some(Some('\r')),
                b't' => Some(Some('\t')),
                b'v' => Some(Some('\x0b')),
                _ => None,
            };
            if let (Some(ch), Escapes::Unicode) = (simple, self) {
                out.extend(ch);
                continue;
            }
            match kind {
                b'0'..=b'7' if self == Escapes::Unicode => {
                    // One to three octal digits (past 0o377: the code point, as CPython).
                    let mut code = u32::from(kind - b'0');
                    let mut n = 1;
                    while n < 3 && matches!(data.get(i), Some(b'0'..=b'7')) {
                        code = code * 8 + u32::from(data[i] - b'0');
                        i += 1;
                        n += 1;
                    }
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                b'x' | b'u' | b'U' if kind != b'x' || self == Escapes::Unicode => {
                    let (digits, what) = match kind {
                        b'x' => (2, "truncated \\xXX escape"),
                        b'u' => (4, "truncated \\uXXXX escape"),
                        _ => (8, "truncated \\UXXXXXXXX escape"),
                    };
                    let hex = data[i..]
                        .iter()
                        .take(digits)
                        .take_while(|c| c.is_ascii_hexdigit())
                        .count();
                    if hex < digits {
                        i += hex;
                        if !bad(&mut out, start, i - 1, what) {
                            return None;
                        }
                        continue;
                    }
                    let text = std::str::from_utf8(&data[i..i + digits]).unwrap_or("0");
                    let code = u32::from_str_radix(text, 16).unwrap_or(0);
                    i += digits;
                    match char::from_u32(code) {
                        Some(ch) => out.push(ch),
                        None if code < 0x110000 => {
                            // A surrogate: natrix's str holds none (U+FFFD stands for it).
                            out.push('\u{fffd}');
                        }
                        None => {
                            if !bad(&mut out, start, i - 1, "illegal Unicode character") {
                                return None;
                            }
                        }
                    }
                }
                b'N' if self == Escapes::Unicode => {
                    // (natrix has no Unicode name table: every name is unknown.)
                    let end = match data[i..].iter().position(|c| *c == b'}') {
                        Some(k) if data.get(i) == Some(&b'{') => i + k,
                        _ => data.len().max(i + 1) - 1,
                    };
                    i = end + 1;
                    if !bad(&mut out, start, end, "unknown Unicode character name") {
                        return None;
                    }
                }
                _ => {
                    // Not an escape: kept as written.
                    out.push('\\');
                    i -= 1;
                }
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict(e: Escapes, data: &[u8]) -> Result<String, (usize, usize, String)> {
        let mut err = None;
        let out = e.decode(data, &mut |_, a, b, why| {
            err = Some((a, b, why.to_string()));
            false
        });
        out.ok_or_else(|| err.unwrap())
    }

    #[test]
    fn decodes_escapes() {
        let u = Escapes::Unicode;
        assert_eq!(strict(u, b"hi\\tthere\\n").unwrap(), "hi\tthere\n");
        assert_eq!(strict(u, b"\\101\\0\\7777").unwrap(), "A\0\u{1ff}7");
        assert_eq!(strict(u, b"\\q\\u20ac\\xe9").unwrap(), "\\q\u{20ac}\u{e9}");
        assert_eq!(
            strict(u, b"ab\\x4g"),
            Err((2, 4, "truncated \\xXX escape".into()))
        );
        assert_eq!(strict(u, b"x\\"), Err((1, 1, "\\ at end of string".into())));
        assert_eq!(
            strict(u, b"\\U00110000"),
            Err((0, 9, "illegal Unicode character".into()))
        );
        let r = Escapes::Raw;
        assert_eq!(
            strict(r, b"a\\u20ac\\n\xe9\\\\u20ac").unwrap(),
            "a\u{20ac}\\n\u{e9}\\\\u20ac"
        );
    }

    #[test]
    fn encodes() {
        let text = "a\tb\\c'\"\x7f\u{e9}\u{20ac}\u{1f600}\0";
        assert_eq!(
            Escapes::Unicode.encode(text),
            b"a\\tb\\\\c'\"\\x7f\\xe9\\u20ac\\U0001f600\\x00".to_vec()
        );
        assert_eq!(
            Escapes::Raw.encode("a\tb\\c\u{e9}\u{20ac}"),
            b"a\tb\\c\xe9\\u20ac".to_vec()
        );
    }
}
