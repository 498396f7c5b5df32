//! The format-spec mini-language as CPython 3.11 implements it (`Python/formatter_unicode.c`):
//! one parser with CPython's error messages and order, the digits of ints and floats
//! (`PyOS_double_to_string`'s rules over Rust's exactly rounded formatting), and the layout
//! of a formatted number: padding, sign, `0x` prefix, digits grouped together with any `0`
//! padding, then the fraction and exponent.

use crate::exc::raise;
use crate::object::Obj;
use crate::str::new_str;
use natrix_abi::ExcKind;

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Spec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: a result that rounds to zero loses its minus sign (floats only).
    pub no_neg_0: bool,
    pub alternate: bool,
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// A spec error: the exception and its message.
pub(crate) type SpecError = (ExcKind, String);

fn value_error(msg: String) -> SpecError {
    (ExcKind::ValueError, msg)
}

/// `'c'`, or `'\x1f'` for a character CPython does not print as itself in these messages.
fn shown(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

pub(crate) fn unknown_code(ty: char, type_name: &str) -> SpecError {
    value_error(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        shown(ty)
    ))
}

/// Parses `spec` for a value of `type_name`, as `parse_internal_render_format_spec` does:
/// `default_align` is `>` for numbers (where the `0` flag means `=` alignment) and `<` for str.
/// The type is `None` when the spec gives none; the grouping check uses `default_type`.
pub(crate) fn parse(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: char,
) -> Result<Spec, SpecError> {
    let c: Vec<char> = spec.chars().collect();
    let end = c.len();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut s = Spec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut pos = 0;
    let mut fill_given = false;
    if end >= 2 && is_align(c[1]) {
        s.fill = c[0];
        s.align = Some(c[1]);
        fill_given = true;
        pos = 2;
    } else if end >= 1 && is_align(c[0]) {
        s.align = Some(c[0]);
        pos = 1;
    }
    if pos < end && matches!(c[pos], '+' | '-' | ' ') {
        s.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < end && c[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && c[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    // The `0` flag (unless a fill was given): zeros, after the sign for numbers.
    if !fill_given && pos < end && c[pos] == '0' {
        s.fill = '0';
        if s.align.is_none() && default_align == '>' {
            s.align = Some('=');
        }
        pos += 1;
    }
    let number = |pos: &mut usize| -> Result<Option<usize>, SpecError> {
        let start = *pos;
        let mut n: usize = 0;
        while *pos < end && c[*pos].is_ascii_digit() {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(c[*pos] as usize - '0' as usize))
                .filter(|&n| n <= isize::MAX as usize)
                .ok_or_else(|| value_error("Too many decimal digits in format string".into()))?;
            *pos += 1;
        }
        Ok((*pos > start).then_some(n))
    };
    s.width = number(&mut pos)?.unwrap_or(0);
    let both = || value_error("Cannot specify both ',' and '_'.".into());
    if pos < end && c[pos] == ',' {
        s.grouping = Some(',');
        pos += 1;
    }
    if pos < end && c[pos] == '_' {
        if s.grouping.is_some() {
            return Err(both());
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if pos < end && c[pos] == ',' && s.grouping == Some('_') {
        return Err(both());
    }
    if pos < end && c[pos] == '.' {
        pos += 1;
        s.precision = number(&mut pos)?;
        if s.precision.is_none() {
            return Err(value_error("Format specifier missing precision".into()));
        }
    }
    if end - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        s.ty = Some(c[pos]);
    }
    if let Some(sep) = s.grouping {
        match s.ty.or(default_type) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(t) => {
                return Err(value_error(format!(
                    "Cannot specify '{sep}' with '{}'.",
                    shown(t)
                )))
            }
        }
    }
    Ok(s)
}

/// Lays out a number (`calc_number_widths` and `fill_number`): `negative` says whether it
/// has a minus sign, `prefix` is `0x` and the like, `digits` the integer digits to group,
/// `rest` what follows them (the point, fraction, exponent, `%`; a `c` code's character).
/// `group` is the grouping interval (4 for `_` in bin, oct and hex).
fn layout(
    s: &Spec,
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    group: usize,
) -> String {
    let sign = match (s.sign, negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let align = s.align.unwrap_or('>');
    let fixed = sign.is_some() as usize + prefix.chars().count() + rest.chars().count();
    let min_width = if s.fill == '0' && align == '=' {
        s.width as isize - fixed as isize
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, s.grouping, group, min_width)
    };
    let used = fixed + grouped.chars().count();
    let pad = s.width.saturating_sub(used);
    let (left, middle, right) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let mut out = String::with_capacity(used + pad * s.fill.len_utf8());
    out.extend(std::iter::repeat_n(s.fill, left));
    out.extend(sign);
    out.push_str(prefix);
    out.extend(std::iter::repeat_n(s.fill, middle));
    out.push_str(&grouped);
    out.push_str(rest);
    out.extend(std::iter::repeat_n(s.fill, right));
    out
}

/// `_PyUnicode_InsertThousandsGrouping`: `digits` with `sep` between groups of `group` from
/// the right, and leading zeros (grouped too) until the result is at least `min_width` long.
fn group_digits(digits: &str, sep: Option<char>, group: usize, min_width: isize) -> String {
    let d = digits.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(d.len() * 2);
    let mut remaining = d.len() as isize;
    let mut min_width = min_width;
    let mut use_sep = false;
    let take = |out: &mut Vec<u8>, chars: isize, zeros: isize, remaining: isize, sep: bool| {
        if sep {
            out.push(b'x'); // the separator's place (reversed below)
        }
        let at = remaining as usize;
        out.extend(d[at - chars as usize..at].iter().rev());
        out.extend(std::iter::repeat_n(b'0', zeros as usize));
    };
    let mut done = false;
    if sep.is_some() {
        let len = group as isize;
        loop {
            let l = len.min(remaining.max(min_width).max(1));
            let zeros = (l - remaining).max(0);
            let chars = remaining.min(l).max(0);
            take(&mut out, chars, zeros, remaining, use_sep);
            use_sep = true;
            remaining -= chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !done {
        let len = remaining.max(min_width).max(1);
        let zeros = (len - remaining).max(0);
        let chars = remaining.min(len).max(0);
        take(&mut out, chars, zeros, remaining, use_sep);
    }
    out.iter()
        .rev()
        .map(|&b| match (b, sep) {
            (b'x', Some(sep)) => sep,
            _ => b as char,
        })
        .collect()
}

/// Formats an int by a parsed spec: `magnitude` in the base is computed by `digits(base)`;
/// float presentations are the caller's (they convert first).
pub(crate) fn format_int(
    s: &Spec,
    negative: bool,
    digits: impl Fn(u32) -> String,
    as_char: impl Fn() -> Result<char, SpecError>,
) -> Result<String, SpecError> {
    let ty = s.ty.unwrap_or('d');
    if s.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier".into(),
        ));
    }
    if s.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier".into(),
        ));
    }
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'".into(),
            ));
        }
        if s.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'".into(),
            ));
        }
        let ch = as_char()?;
        return Ok(layout(s, false, "", "", &ch.to_string(), 3));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let prefix = if s.alternate { prefix } else { "" };
    let mut text = digits(base);
    if ty == 'X' {
        text.make_ascii_uppercase();
    }
    // (`n` takes no `,` or `_`, the parser said: the C locale groups nothing.)
    let group = if base == 10 { 3 } else { 4 };
    Ok(layout(s, negative, prefix, &text, "", group))
}

/// The float presentation types (and none).
pub(crate) fn is_float_type(ty: Option<char>) -> bool {
    matches!(
        ty,
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    )
}

/// Formats a float by a parsed spec whose type [`is_float_type`].
pub(crate) fn format_float(s: &Spec, x: f64) -> Result<String, SpecError> {
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big".into()));
    }
    let text = float_text(x, s.ty, s.precision, s.alternate, s.no_neg_0);
    let (negative, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.as_str()),
    };
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    Ok(layout(s, negative, "", &body[..split], &body[split..], 3))
}

/// `PyOS_double_to_string` as `format()` calls it: the text of `x` (with a `-` for a
/// negative value) by a float presentation type, before any layout.
pub(crate) fn float_text(
    x: f64,
    ty: Option<char>,
    precision: Option<usize>,
    alt: bool,
    no_neg_0: bool,
) -> String {
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let percent = ty == Some('%');
    let (code, add_dot_0) = match ty {
        None if precision.is_some() => ('g', true),
        None => ('r', true),
        Some('e' | 'E') => ('e', false),
        Some('f' | 'F' | '%') => ('f', false),
        _ => ('g', false),
    };
    let x = if percent { x * 100.0 } else { x };
    let p = precision.unwrap_or(6);
    let mut out = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x < 0.0 { "-inf" } else { "inf" }.to_string()
    } else {
        let a = x.abs();
        let body = match code {
            'f' => {
                let mut t = format!("{a:.p$}");
                if alt && p == 0 {
                    t.push('.');
                }
                t
            }
            'e' => {
                let t = format!("{a:.p$e}");
                let (m, e) = t.split_once('e').expect("an exponent");
                let point = if alt && p == 0 { "." } else { "" };
                format!("{m}{point}e{:+03}", e.parse::<i32>().expect("exponent"))
            }
            'g' => {
                let p = p.max(1);
                let (digits, exp) = sci_digits(&format!("{a:.*e}", p - 1));
                let decpt = exp + 1;
                let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
                let use_exp = decpt <= -4 || decpt > limit;
                let vend = if alt { p as i64 } else { digits.len() as i64 };
                assemble(&digits, decpt, use_exp, vend, alt, add_dot_0)
            }
            _ => {
                let (digits, exp) = crate::float::shortest_digits(a);
                let decpt = exp as i64 + 1;
                let use_exp = decpt <= -4 || decpt > 16;
                assemble(&digits, decpt, use_exp, digits.len() as i64, alt, add_dot_0)
            }
        };
        let zero = !body
            .split(['e', 'E'])
            .next()
            .unwrap_or("")
            .bytes()
            .any(|b| b.is_ascii_digit() && b != b'0');
        if x.is_sign_negative() && !(no_neg_0 && zero) {
            format!("-{body}")
        } else {
            body
        }
    };
    if upper {
        out.make_ascii_uppercase();
    }
    if percent {
        out.push('%');
    }
    out
}

/// The significant digits (trailing zeros dropped, at least one) and the exponent of Rust's
/// `{:e}` text.
fn sci_digits(t: &str) -> (String, i64) {
    let (m, e) = t.split_once('e').expect("an exponent");
    let mut digits: String = m.chars().filter(|c| *c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    (digits, e.parse().expect("exponent"))
}

/// `format_float_short`'s assembly: `digits` with the point `decpt` digits in (or an
/// exponent), zeros out to `vend` digits, a trailing point only in the alternate form.
fn assemble(
    digits: &str,
    decpt: i64,
    use_exp: bool,
    vend: i64,
    alt: bool,
    add_dot_0: bool,
) -> String {
    let (mut decpt, mut exp) = (decpt, 0);
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let n = digits.len() as i64;
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    let vend = if !use_exp && add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    let zeros = |k: i64| "0".repeat(k.max(0) as usize);
    let mut s = String::new();
    if decpt <= 0 {
        s.push_str(&zeros(decpt - vstart));
        s.push('.');
        s.push_str(&zeros(-decpt));
    } else {
        s.push_str(&zeros(-vstart));
    }
    if 0 < decpt && decpt <= n {
        s.push_str(&digits[..decpt as usize]);
        s.push('.');
        s.push_str(&digits[decpt as usize..]);
    } else {
        s.push_str(digits);
    }
    if n < decpt {
        s.push_str(&zeros(decpt - n));
        s.push('.');
        s.push_str(&zeros(vend - decpt));
    } else {
        s.push_str(&zeros(vend - n));
    }
    if s.ends_with('.') && !alt {
        s.pop();
    }
    if use_exp {
        s.push_str(&format!("e{exp:+03}"));
    }
    s
}

/// The checks `format_string_internal` makes of a str spec.
pub(crate) fn check_str(s: &Spec) -> Result<(), SpecError> {
    if let Some(t) = s.ty.filter(|&t| t != 's') {
        return Err(unknown_code(t, "str"));
    }
    match s.sign {
        Some(' ') => {
            return Err(value_error(
                "Space not allowed in string format specifier".into(),
            ))
        }
        Some(_) => {
            return Err(value_error(
                "Sign not allowed in string format specifier".into(),
            ))
        }
        None => {}
    }
    if s.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier".into(),
        ));
    }
    if s.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier".into(),
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier".into(),
        ));
    }
    Ok(())
}

/// Lays out a str by a checked spec: cut to the precision (in characters), then padded.
pub(crate) fn layout_str(text: &str, s: &Spec) -> String {
    let body: std::borrow::Cow<str> = match s.precision {
        Some(p) if text.chars().count() > p => text.chars().take(p).collect::<String>().into(),
        _ => text.into(),
    };
    let n = body.chars().count();
    let pad = s.width.saturating_sub(n);
    let (left, right) = match s.align.unwrap_or('<') {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(body.len() + pad * s.fill.len_utf8());
    out.extend(std::iter::repeat_n(s.fill, left));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(s.fill, right));
    out
}

/// Raises a spec error; null for the caller to return.
pub(crate) fn raise_spec_error((kind, msg): SpecError) -> *mut Obj {
    raise(kind, msg);
    std::ptr::null_mut()
}

/// A formatted result or its error, as a new str or null.
pub(crate) fn finish(r: Result<String, SpecError>) -> *mut Obj {
    match r {
        Ok(s) => new_str(&s),
        Err(e) => raise_spec_error(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, spec: &str) -> String {
        let s = parse(spec, "float", None, '>').unwrap();
        format_float(&s, x).unwrap()
    }

    #[test]
    fn floats_like_cpython() {
        assert_eq!(f(1e20, "#"), "1.e+20");
        assert_eq!(f(5.0, "#"), "5.0");
        assert_eq!(f(1e16, "#.3"), "1.00e+16");
        assert_eq!(f(-0.0001, "z.2f"), "0.00");
        assert_eq!(f(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(f(1234.5, "0=12,.1f"), "00,001,234.5");
        assert_eq!(f(0.000012345, "g"), "1.2345e-05");
        assert_eq!(f(123456789.0, ".3"), "1.23e+08");
        assert_eq!(f(2.0, ".3"), "2.0");
        assert_eq!(f(0.5, "%"), "50.000000%");
        // A tie between two shortest strings goes to the nearer (even) one, as in repr.
        assert_eq!(f(1632797589771173.25, "+"), "+1632797589771173.2");
    }

    #[test]
    fn grouping_with_zero_padding() {
        assert_eq!(group_digits("1234", Some(','), 3, 10), "00,001,234");
        assert_eq!(group_digits("1234", Some(','), 3, 0), "1,234");
        assert_eq!(group_digits("1", None, 3, 5), "00001");
        assert_eq!(group_digits("abcdef", Some('_'), 4, 0), "ab_cdef");
    }

    #[test]
    fn errors_in_cpython_order() {
        let e = |spec: &str| parse(spec, "int", Some('d'), '>').err().map(|e| e.1);
        assert_eq!(
            e(",_d").as_deref(),
            Some("Cannot specify both ',' and '_'.")
        );
        assert_eq!(e(",c").as_deref(), Some("Cannot specify ',' with 'c'."));
        assert_eq!(
            e(".").as_deref(),
            Some("Format specifier missing precision")
        );
        assert_eq!(
            e("10xx").as_deref(),
            Some("Invalid format specifier '10xx' for object of type 'int'")
        );
    }
}
