//! The codecs beyond UTF-8, ASCII and Latin-1 (`codecs.rs`): UTF-16 and UTF-32 (with a BOM
//! and little-endian when unnamed, as CPython on the machines natrix targets; `-le`/`-be`
//! without one) and Windows-1252 (`cp1252`, CPython's `charmap` messages), with CPython's
//! decoding errors and the `ignore` and `replace` handlers.

/// A wide Unicode codec: its unit size and order, and whether it writes (and reads) a
/// byte-order mark.
#[derive(Clone, Copy)]
pub(crate) struct Wide {
    pub unit: usize,
    pub big: bool,
    pub bom: bool,
}

/// The wide codec `codec` (a name `codecs::codec` gave) is, if it is one.
pub(crate) fn wide(codec: &str) -> Option<Wide> {
    let (unit, big, bom) = match codec {
        "utf-16" => (2, false, true),
        "utf-16-le" => (2, false, false),
        "utf-16-be" => (2, true, false),
        "utf-32" => (4, false, true),
        "utf-32-le" => (4, false, false),
        "utf-32-be" => (4, true, false),
        _ => return None,
    };
    Some(Wide { unit, big, bom })
}

impl Wide {
    /// Its name in CPython's messages: the order it decodes in.
    pub(crate) fn name(&self) -> &'static str {
        match (self.unit, self.big) {
            (2, false) => "utf-16-le",
            (2, true) => "utf-16-be",
            (_, false) => "utf-32-le",
            _ => "utf-32-be",
        }
    }

    fn put(&self, out: &mut Vec<u8>, v: u32) {
        let b = v.to_le_bytes();
        let b = &b[..self.unit];
        if self.big {
            out.extend(b.iter().rev());
        } else {
            out.extend_from_slice(b);
        }
    }

    fn get(&self, data: &[u8]) -> u32 {
        let mut b = [0u8; 4];
        b[..self.unit].copy_from_slice(data);
        if self.big {
            b[..self.unit].reverse();
        }
        u32::from_le_bytes(b)
    }

    /// `text` encoded (a str holds no surrogates: nothing fails).
    pub(crate) fn encode(&self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * self.unit + 4);
        if self.bom {
            self.put(&mut out, 0xfeff);
        }
        for c in text.chars() {
            if self.unit == 4 {
                self.put(&mut out, c as u32);
            } else {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    self.put(&mut out, *u as u32);
                }
            }
        }
        out
    }

    /// `data` decoded: `Err((codec, start, end, reason))` at the first error when there is
    /// no `handle`, else what `handle` appends for each bad run of bytes.
    pub(crate) fn decode(
        &self,
        data: &[u8],
        handle: Option<&dyn Fn(&mut String, &[u8])>,
    ) -> Result<String, (&'static str, usize, usize, &'static str)> {
        let mut me = *self;
        let mut at = 0;
        if self.bom && data.len() >= self.unit {
            // A byte-order mark picks the order, and is no character.
            let le = Wide { big: false, ..me };
            let be = Wide { big: true, ..me };
            if le.get(&data[..self.unit]) == 0xfeff {
                me = le;
                at = self.unit;
            } else if be.get(&data[..self.unit]) == 0xfeff {
                me = be;
                at = self.unit;
            }
        }
        let mut out = String::with_capacity(data.len() / self.unit);
        let name = me.name();
        let bad = |start: usize, end: usize, why: &'static str, out: &mut String| match handle {
            None => Err((name, start, end, why)),
            Some(h) => {
                h(out, &data[start..=end]);
                Ok(())
            }
        };
        while at < data.len() {
            if data.len() - at < me.unit {
                bad(at, data.len() - 1, "truncated data", &mut out)?;
                break;
            }
            let v = me.get(&data[at..at + me.unit]);
            if me.unit == 4 {
                let why = if (0xd800..0xe000).contains(&v) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None => bad(at, at + 3, why, &mut out)?,
                }
                at += 4;
                continue;
            }
            match v {
                0xdc00..=0xdfff => {
                    bad(at, at + 1, "illegal encoding", &mut out)?;
                    at += 2;
                }
                0xd800..=0xdbff if data.len() - at < 4 => {
                    bad(at, data.len() - 1, "unexpected end of data", &mut out)?;
                    break;
                }
                0xd800..=0xdbff => {
                    let low = me.get(&data[at + 2..at + 4]);
                    if (0xdc00..0xe000).contains(&low) {
                        let c = 0x10000 + ((v - 0xd800) << 10) + (low - 0xdc00);
                        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                        at += 4;
                    } else {
                        bad(at, at + 1, "illegal UTF-16 surrogate", &mut out)?;
                        at += 2;
                    }
                }
                _ => {
                    out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                    at += 2;
                }
            }
        }
        Ok(out)
    }
}

/// Windows-1252's characters for the bytes 0x80–0x9F (0 where a byte maps to none); the
/// other bytes are their Latin-1 characters.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// The Windows-1252 byte of `c`, if it has one.
pub(crate) fn cp1252_byte(c: char) -> Option<u8> {
    let v = c as u32;
    if v < 0x80 || (0xa0..0x100).contains(&v) {
        return Some(v as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&u| u != 0 && u as u32 == v)
        .map(|i| 0x80 + i as u8)
}

/// The character of Windows-1252 byte `b`, if it has one.
pub(crate) fn cp1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => match CP1252_HIGH[(b - 0x80) as usize] {
            0 => None,
            u => char::from_u32(u as u32),
        },
        _ => Some(b as char),
    }
}
