//! `str.format` templates split as CPython's `MarkupIterator` splits them
//! (`Objects/stringlib/unicode_format.h`), with its error messages. Shared by the compiler
//! (a literal template becomes `format()` calls) and the runtime (a template known only when
//! the program runs), so both read a template the same way.

/// A piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<'a> {
    /// Text, with `{{` and `}}` already made single.
    Literal(String),
    /// `{name!conversion:spec}`.
    Field {
        /// Empty for automatic numbering; digits for a position; else a keyword (with any
        /// `.attr` or `[key]` after it, which the caller reports).
        name: &'a str,
        conversion: Option<char>,
        spec: &'a str,
        /// The spec holds fields of its own (`{:>{width}}`): it is a template itself.
        nested: bool,
    },
}

/// CPython's ValueError once `{0}` follows `{}`.
/// Fields nested in a format spec deeper than CPython allows (two levels).
pub const TOO_DEEP: &str = "Max string recursion exceeded";
pub const MANUAL_AFTER_AUTO: &str =
    "cannot switch from automatic field numbering to manual field specification";
/// CPython's ValueError once `{}` follows `{0}`.
pub const AUTO_AFTER_MANUAL: &str =
    "cannot switch from manual field specification to automatic field numbering";

/// CPython's IndexError for field `k` past the positional arguments.
pub fn missing_index(k: usize) -> String {
    format!("Replacement index {k} out of range for positional args tuple")
}

/// CPython's ValueError for a conversion other than `!r`, `!s`, `!a`.
pub fn unknown_conversion(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 127 {
        format!("Unknown conversion specifier {c}")
    } else {
        format!("Unknown conversion specifier \\x{:x}", c as u32)
    }
}

/// One step after a field's first name: `.attr`, `[3]` or `[key]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access<'a> {
    Attr(&'a str),
    Index(usize),
    Key(&'a str),
}

/// A field name split as CPython's `FieldNameIterator` splits it: the first name (digits or
/// an identifier, empty for automatic numbering), then its steps; Err is CPython's
/// ValueError message for a malformed one.
pub fn split_field(name: &str) -> Result<(&str, Vec<Access<'_>>), &'static str> {
    let head_end = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = name.split_at(head_end);
    let mut steps = vec![];
    while let Some(c) = rest.chars().next() {
        rest = &rest[1..];
        if c == '.' {
            let end = rest.find(['.', '[']).unwrap_or(rest.len());
            if end == 0 {
                return Err("Empty attribute in format string");
            }
            steps.push(Access::Attr(&rest[..end]));
            rest = &rest[end..];
        } else if c == '[' {
            let Some(end) = rest.find(']') else {
                return Err("Missing ']' in format string");
            };
            let key = &rest[..end];
            if key.is_empty() {
                return Err("Empty attribute in format string");
            }
            steps.push(match key.parse::<usize>() {
                Ok(i) if key.bytes().all(|b| b.is_ascii_digit()) => Access::Index(i),
                _ => Access::Key(key),
            });
            rest = &rest[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err("Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            return Err("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    Ok((head, steps))
}

/// The parts of `template`, and the ValueError message CPython raises once it reaches the
/// first malformed place (the parts before it are rendered first, as CPython renders them).
pub fn parse(template: &str) -> (Vec<Part<'_>>, Option<&'static str>) {
    let b = template.as_bytes();
    let mut parts = vec![];
    let mut lit = String::new();
    let mut i = 0;
    while i < b.len() {
        // Literal text up to a brace.
        let start = i;
        while i < b.len() && b[i] != b'{' && b[i] != b'}' {
            i += 1;
        }
        lit.push_str(&template[start..i]);
        if i == b.len() {
            break;
        }
        let c = b[i];
        i += 1;
        if i < b.len() && b[i] == c {
            lit.push(c as char);
            i += 1;
            continue;
        }
        if c == b'}' {
            return finish(parts, lit, Some("Single '}' encountered in format string"));
        }
        if i == b.len() {
            return finish(parts, lit, Some("Single '{' encountered in format string"));
        }
        if !lit.is_empty() {
            parts.push(Part::Literal(std::mem::take(&mut lit)));
        }
        match field(template, &mut i) {
            Ok(f) => parts.push(f),
            Err(e) => return (parts, Some(e)),
        }
    }
    finish(parts, lit, None)
}

fn finish<'a>(
    mut parts: Vec<Part<'a>>,
    lit: String,
    err: Option<&'static str>,
) -> (Vec<Part<'a>>, Option<&'static str>) {
    if !lit.is_empty() {
        parts.push(Part::Literal(lit));
    }
    (parts, err)
}

/// `parse_field`: the field starting at `*i` (after its `{`), up to and past its `}`.
fn field<'a>(t: &'a str, i: &mut usize) -> Result<Part<'a>, &'static str> {
    let b = t.as_bytes();
    let name_start = *i;
    let mut c = 0u8;
    while *i < b.len() {
        c = b[*i];
        *i += 1;
        match c {
            b'{' => return Err("unexpected '{' in field name"),
            b'[' => {
                while *i < b.len() && b[*i] != b']' {
                    *i += 1;
                }
                c = 0;
            }
            b'}' | b':' | b'!' => break,
            _ => c = 0,
        }
    }
    let stop = if matches!(c, b'}' | b':' | b'!') {
        *i - 1
    } else {
        *i
    };
    let name = &t[name_start..stop];
    if c != b'!' && c != b':' {
        if c != b'}' {
            return Err("expected '}' before end of string");
        }
        return Ok(Part::Field {
            name,
            conversion: None,
            spec: "",
            nested: false,
        });
    }
    let mut conversion = None;
    if c == b'!' {
        let Some(conv) = t[*i..].chars().next() else {
            return Err("end of string while looking for conversion specifier");
        };
        conversion = Some(conv);
        *i += conv.len_utf8();
        if *i < b.len() {
            let next = b[*i];
            *i += 1;
            if next == b'}' {
                return Ok(Part::Field {
                    name,
                    conversion,
                    spec: "",
                    nested: false,
                });
            }
            if next != b':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *i;
    let mut depth = 1;
    let mut nested = false;
    while *i < b.len() {
        let ch = b[*i];
        *i += 1;
        match ch {
            b'{' => {
                nested = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(Part::Field {
                        name,
                        conversion,
                        spec: &t[spec_start..*i - 1],
                        nested,
                    });
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(t: &str) -> Option<&'static str> {
        parse(t).1
    }

    #[test]
    fn errors_as_cpython() {
        assert_eq!(err("{"), Some("Single '{' encountered in format string"));
        assert_eq!(err("}"), Some("Single '}' encountered in format string"));
        assert_eq!(err("a{b"), Some("expected '}' before end of string"));
        assert_eq!(err("{:"), Some("unmatched '{' in format spec"));
        assert_eq!(
            err("{!"),
            Some("end of string while looking for conversion specifier")
        );
        assert_eq!(err("{0!r:>5"), Some("unmatched '{' in format spec"));
        assert_eq!(err("{a{}"), Some("unexpected '{' in field name"));
        assert_eq!(
            err("{!rx}"),
            Some("expected ':' after conversion specifier")
        );
    }

    #[test]
    fn field_steps() {
        assert_eq!(
            split_field("0[1][k].x"),
            Ok((
                "0",
                vec![Access::Index(1), Access::Key("k"), Access::Attr("x")]
            ))
        );
        assert_eq!(split_field("a[]"), Err("Empty attribute in format string"));
        assert_eq!(split_field("a[1"), Err("Missing ']' in format string"));
    }

    #[test]
    fn fields_and_literals() {
        let (parts, e) = parse("a{{b}} {0!r:>{w}} {x[1]}!");
        assert_eq!(e, None);
        assert_eq!(
            parts,
            vec![
                Part::Literal("a{b} ".into()),
                Part::Field {
                    name: "0",
                    conversion: Some('r'),
                    spec: ">{w}",
                    nested: true
                },
                Part::Literal(" ".into()),
                Part::Field {
                    name: "x[1]",
                    conversion: None,
                    spec: "",
                    nested: false
                },
                Part::Literal("!".into()),
            ]
        );
    }
}
