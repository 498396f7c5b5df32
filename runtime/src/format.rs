//! `format(value, spec)` and f-string fields: Python's format-spec mini-language (through
//! `rustpython-format`), with CPython's error messages, plus `repr()` of a str.

use crate::exc::raise;
use crate::float::float_repr;
use crate::int::{to_bigint, IntRef};
use crate::object::Obj;
use crate::str::{as_str, new_str, py_repr};
use natrix_abi::ExcKind;
use rustpython_format::{FormatSpec, FormatSpecError};

/// Raises ValueError for a spec error in `spec` (OverflowError for a `c` code out of range),
/// with CPython's wording for `type_name`.
fn spec_error(e: FormatSpecError, spec: &str, type_name: &str) -> *mut Obj {
    let kind = match e {
        FormatSpecError::CodeNotInRange => ExcKind::OverflowError,
        _ => ExcKind::ValueError,
    };
    let msg = match e {
        FormatSpecError::UnknownFormatCode(c, _) => {
            format!("Unknown format code '{c}' for object of type '{type_name}'")
        }
        FormatSpecError::InvalidFormatSpecifier => invalid_spec_message(spec, type_name),
        FormatSpecError::DecimalDigitsTooMany => {
            "Too many decimal digits in format string".to_string()
        }
        FormatSpecError::PrecisionTooBig => "Precision too big".to_string(),
        FormatSpecError::UnspecifiedFormat(a, b) => format!("Cannot specify '{a}' with '{b}'."),
        FormatSpecError::PrecisionNotAllowed => {
            "Precision not allowed in integer format specifier".to_string()
        }
        FormatSpecError::NotAllowed(what) => {
            format!("{what} not allowed with integer format specifier 'c'")
        }
        FormatSpecError::UnableToConvert => "Unable to convert int to float".to_string(),
        FormatSpecError::CodeNotInRange => "%c arg not in range(0x110000)".to_string(),
        FormatSpecError::NotImplemented(c, _) => format!("Format code '{c}' is not implemented"),
    };
    raise(kind, msg);
    std::ptr::null_mut()
}

fn parse(spec: *mut Obj, type_name: &str) -> Result<FormatSpec, *mut Obj> {
    // SAFETY: the compiler passes a live str.
    let text = unsafe { as_str(spec) };
    FormatSpec::parse(text).map_err(|e| spec_error(e, text, type_name))
}

/// CPython's message for a spec its parser rejects (`parse_internal_render_format_spec`): both
/// `,` and `_`, a missing precision, or what is left after the last field (one character is
/// an unknown format code).
fn invalid_spec_message(spec: &str, type_name: &str) -> String {
    let c: Vec<char> = spec.chars().collect();
    let at = |i: usize, f: &dyn Fn(char) -> bool| c.get(i).is_some_and(|&ch| f(ch));
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut i = if at(1, &is_align) {
        2
    } else if at(0, &is_align) {
        1
    } else {
        0
    };
    if at(i, &|ch| matches!(ch, '+' | '-' | ' ')) {
        i += 1;
    }
    let coerce_zero = at(i, &|ch| ch == 'z');
    if coerce_zero {
        i += 1;
    }
    for flag in ['#', '0'] {
        if at(i, &|ch| ch == flag) {
            i += 1;
        }
    }
    while at(i, &|ch| ch.is_ascii_digit()) {
        i += 1;
    }
    if at(i, &|ch| matches!(ch, ',' | '_')) {
        let first = c[i];
        i += 1;
        if at(i, &|ch| matches!(ch, ',' | '_')) {
            return if c[i] == first {
                format!("Cannot specify '{first}' with '{first}'.")
            } else {
                "Cannot specify both ',' and '_'.".to_string()
            };
        }
    }
    if at(i, &|ch| ch == '.') {
        i += 1;
        let start = i;
        while at(i, &|ch| ch.is_ascii_digit()) {
            i += 1;
        }
        if i == start {
            return "Format specifier missing precision".to_string();
        }
    }
    match &c[i..] {
        [code] => format!("Unknown format code '{code}' for object of type '{type_name}'"),
        [] if coerce_zero && type_name == "int" => {
            "Negative zero coercion (z) not allowed in integer format specifier".to_string()
        }
        _ => format!("Invalid format specifier '{spec}' for object of type '{type_name}'"),
    }
}

fn finish(r: Result<String, FormatSpecError>, spec: &str, type_name: &str) -> *mut Obj {
    match r {
        Ok(s) => new_str(&s),
        Err(e) => spec_error(e, spec, type_name),
    }
}

/// A number spec split into its layout (fill, align, width) and the rest. `rustpython-format`
/// pads grouped numbers with zeros whatever the fill, so natrix formats the number without a
/// width and lays it out itself, except with the `0` flag, where the crate's zero padding (with
/// separators inside it) is what Python does.
struct NumberLayout {
    fill: char,
    align: char,
    width: usize,
    /// The spec without fill, align and width.
    inner: String,
}

/// The `[[fill]align]` head of a spec, with the alignments `aligns` allows: the fill (when
/// given), the alignment (when given), and where the rest of the spec starts.
fn align_head(chars: &[char], aligns: &str) -> (Option<char>, Option<char>, usize) {
    if chars.len() >= 2 && aligns.contains(chars[1]) {
        (Some(chars[0]), Some(chars[1]), 2)
    } else if !chars.is_empty() && aligns.contains(chars[0]) {
        (None, Some(chars[0]), 1)
    } else {
        (None, None, 0)
    }
}

fn number_layout(spec: &str) -> Option<NumberLayout> {
    let chars: Vec<char> = spec.chars().collect();
    let (fill, align, mut i) = align_head(&chars, "<>^=");
    let fill = fill.unwrap_or(' ');
    let mut inner = String::new();
    while i < chars.len() && matches!(chars[i], '+' | '-' | ' ' | 'z' | '#') {
        inner.push(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        return None; // the `0` flag: the crate's layout is right
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    let width: usize = chars[start..i]
        .iter()
        .collect::<String>()
        .parse()
        .unwrap_or(0);
    inner.extend(&chars[i..]);
    Some(NumberLayout {
        fill,
        align: align.unwrap_or('>'),
        width,
        inner,
    })
}

/// A spec with an explicit alignment (other than `=`) and the `0` flag: the flag only makes
/// `0` the fill (when none is given), nothing is grouped into the padding; `None` for other
/// specs.
fn zero_flag_as_fill(spec: &str) -> Option<String> {
    let chars: Vec<char> = spec.chars().collect();
    let (fill, Some(align), skip) = align_head(&chars, "<>^") else {
        return None;
    };
    let flags = chars[skip..]
        .iter()
        .take_while(|c| matches!(c, '+' | '-' | ' ' | 'z' | '#'))
        .count();
    let at = skip + flags;
    if chars.get(at) != Some(&'0') {
        return None;
    }
    let mut out = String::new();
    out.push(fill.unwrap_or('0'));
    out.push(align);
    out.extend(&chars[skip..at]);
    out.extend(&chars[at + 1..]);
    Some(out)
}

/// Formats a number: the crate does the digits, `number_layout` the padding.
fn format_number(
    spec: &str,
    type_name: &str,
    digits: impl Fn(&FormatSpec) -> Result<String, FormatSpecError>,
) -> *mut Obj {
    let (given, rewritten) = (spec, zero_flag_as_fill(spec));
    let spec = rewritten.as_deref().unwrap_or(spec);
    let full = match FormatSpec::parse(spec) {
        Ok(f) => f,
        Err(e) => return spec_error(e, given, type_name),
    };
    let Some(layout) = number_layout(spec) else {
        return finish(digits(&full), given, type_name);
    };
    let inner = match FormatSpec::parse(&layout.inner) {
        Ok(f) => f,
        Err(e) => return spec_error(e, given, type_name),
    };
    let body = match digits(&inner) {
        Ok(b) => b,
        Err(e) => return spec_error(e, given, type_name),
    };
    let n = body.chars().count();
    if n >= layout.width {
        return new_str(&body);
    }
    let pad = layout.width - n;
    let fill = |k: usize| std::iter::repeat_n(layout.fill, k).collect::<String>();
    let out = match layout.align {
        '<' => body + &fill(pad),
        '^' => fill(pad / 2) + &body + &fill(pad - pad / 2),
        '=' => {
            // Padding goes after the sign and any 0x/0o/0b prefix.
            let sign_len = body
                .chars()
                .take_while(|c| matches!(c, '+' | '-' | ' '))
                .count();
            let rest: String = body.chars().skip(sign_len).collect();
            let prefix_len = if rest.len() >= 2
                && rest.starts_with('0')
                && matches!(rest.as_bytes()[1], b'x' | b'X' | b'o' | b'b')
            {
                2
            } else {
                0
            };
            let head: String = body.chars().take(sign_len + prefix_len).collect();
            let tail: String = body.chars().skip(sign_len + prefix_len).collect();
            head + &fill(pad) + &tail
        }
        _ => fill(pad) + &body,
    };
    new_str(&out)
}

/// `format(i, spec)`.
///
/// # Safety
/// `spec` must be a live str; `i` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_format_int(i: i64, spec: *mut Obj) -> *mut Obj {
    if as_str(spec).is_empty() {
        return crate::convert::nx_int_to_str(i);
    }
    if let Some(s) = small_int_simple(i, as_str(spec)) {
        return s;
    }
    let v = match crate::int::view(i) {
        IntRef::Small(x) => num_bigint::BigInt::from(x),
        IntRef::Big(_) => to_bigint(i),
    };
    // A float presentation converts the int first, as CPython does (OverflowError past the
    // float range, never `inf`), and formats the float.
    if as_str(spec).ends_with(['e', 'E', 'f', 'F', 'g', 'G', '%']) {
        let x = crate::int::nx_int_to_float(i);
        if crate::exc::pending_kind().is_some() {
            return std::ptr::null_mut();
        }
        return nx_format_float(x, spec);
    }
    format_number(as_str(spec), "int", |f| f.format_int(&v))
}

/// `format(i, spec)` of a small int by a spec of only a width, with or without the `0` flag
/// and a `d` (`5`, `02d`, `>8`): the common layouts, without parsing a `FormatSpec` or
/// making a big int. `None` for anything else.
fn small_int_simple(i: i64, spec: &str) -> Option<*mut Obj> {
    if i & 1 != 0 {
        return None;
    }
    let b = spec.as_bytes();
    let (explicit, align, rest) = match b.first() {
        Some(c @ (b'<' | b'>' | b'^')) => (true, *c, &b[1..]),
        _ => (false, b'>', b),
    };
    let rest = rest.strip_suffix(b"d").unwrap_or(rest);
    let (zero, digits) = match rest.split_first() {
        Some((b'0', tail)) => (true, tail),
        _ => (false, rest),
    };
    if digits.len() > 3 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let width: usize = std::str::from_utf8(digits).ok()?.parse().unwrap_or(0);
    let v = i >> 1;
    let mut buf = [0u8; 24];
    let digits = crate::convert::digits(v.unsigned_abs(), &mut buf);
    let sign: &[u8] = if v < 0 { b"-" } else { b"" };
    let pad = width.saturating_sub(sign.len() + digits.len());
    // The `0` flag: zeros, after the sign unless an alignment was given.
    let fill = if zero { b'0' } else { b' ' };
    let (left, right) = match (align, zero && !explicit) {
        (_, true) => (0, 0),
        (b'<', _) => (0, pad),
        (b'^', _) => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let mut out = Vec::with_capacity(width.max(sign.len() + digits.len()));
    out.resize(left, fill);
    out.extend_from_slice(sign);
    if zero && !explicit {
        out.resize(out.len() + pad, b'0');
    }
    out.extend_from_slice(digits);
    out.resize(out.len() + right, fill);
    // SAFETY: ASCII digits, sign and fill.
    let out = unsafe { std::str::from_utf8_unchecked(&out) };
    Some(crate::str::new_str_counted(out, out.len()))
}

/// `format(x, spec)`.
///
/// # Safety
/// `spec` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_format_float(x: f64, spec: *mut Obj) -> *mut Obj {
    let text = as_str(spec);
    if text.is_empty() {
        return new_str(&float_repr(x));
    }
    // `rustpython-format` groups the exponent of `e`/`g` results (and panics on some): the
    // separators go into the integer part here instead.
    let (ungrouped, sep, zero_width) = split_grouping(text);
    let (spec, dot0) = match general_with_dot(&ungrouped) {
        Some(s) => (s, true),
        None => (ungrouped, false),
    };
    format_number(&spec, "float", |f| {
        f.format_float(x).map(|mut s| {
            let integral = !s.contains(['.', 'e', 'E', 'f', 'n']);
            if dot0 && integral {
                s.push_str(".0");
            }
            match (sep, zero_width) {
                (Some(c), Some(w)) => zero_pad_grouped(&s, c, w),
                (Some(c), None) => group_integer_part(&s, c),
                _ => s,
            }
        })
    })
}

/// Splits the `,`/`_` grouping option out of a float spec (an `n` one rejects it): the spec
/// without it, the separator, and for a `0` flag the width (taken out of the spec: the zeros
/// are grouped too, `0,001,234.5`).
fn split_grouping(spec: &str) -> (String, Option<char>, Option<usize>) {
    let chars: Vec<char> = spec.chars().collect();
    let (_, _, skip) = align_head(&chars, "<>^=");
    let Some(at) = (skip..chars.len()).find(|&i| matches!(chars[i], ',' | '_')) else {
        return (spec.to_string(), None, None);
    };
    // (Other types: the crate's errors, `Cannot specify ',' with 's'.`)
    let float_type = match chars.last() {
        Some(c) if c.is_ascii_digit() => true,
        Some(c) => matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') || at + 1 == chars.len(),
        None => false,
    };
    if !float_type || chars[skip..at].contains(&'.') {
        return (spec.to_string(), None, None);
    }
    let mut out: String = chars[..skip].iter().collect();
    let flags = (skip..at)
        .take_while(|&i| matches!(chars[i], '+' | '-' | ' ' | 'z' | '#'))
        .count();
    let rest: String = chars[skip..at].iter().collect();
    let mut zero_width = None;
    if skip == 0 && rest[flags..].starts_with('0') {
        out.push_str(&rest[..flags]);
        zero_width = Some(rest[flags..].parse().unwrap_or(0));
    } else {
        out.push_str(&rest);
    }
    out.extend(&chars[at + 1..]);
    (out, Some(chars[at]), zero_width)
}

/// [`group_integer_part`] with leading zeros (themselves grouped) up to `width`, as the `0`
/// flag pads a grouped number; `inf` and `nan` get plain zeros.
fn zero_pad_grouped(s: &str, sep: char, width: usize) -> String {
    let start = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
    if start == s.len() || !s[start..].starts_with(|c: char| c.is_ascii_digit()) {
        let n = s.chars().count();
        let sign = s.len() - s.trim_start_matches(['+', '-', ' ']).len();
        return format!(
            "{}{}{}",
            &s[..sign],
            "0".repeat(width.saturating_sub(n)),
            &s[sign..]
        );
    }
    let end = s[start..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(s.len(), |k| start + k);
    let (head, tail) = (&s[..start], &s[end..]);
    let min = width.saturating_sub(head.chars().count() + tail.chars().count());
    let mut digits = s[start..end].to_string();
    loop {
        let grouped = group_integer_part(&digits, sep);
        if grouped.len() >= min {
            return format!("{head}{grouped}{tail}");
        }
        digits.insert(0, '0');
    }
}

/// Puts `sep` between each group of three digits of the integer part of a formatted float
/// (after any sign; not into the fraction or the exponent).
fn group_integer_part(s: &str, sep: char) -> String {
    let start = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
    let end = s[start..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(s.len(), |k| start + k);
    let digits = &s[start..end];
    let mut out = String::with_capacity(s.len() + digits.len() / 3);
    out.push_str(&s[..start]);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(d);
    }
    out.push_str(&s[end..]);
    out
}

/// A float spec with a precision and no presentation type (`.3`, `>10.4`) is `g` that keeps
/// at least one digit after the point (`2.0`, not `2`): the spec to format it by, with a `0`
/// flag as `0=` alignment (so the added `.0` counts toward the width); `None` for others.
fn general_with_dot(spec: &str) -> Option<String> {
    let chars: Vec<char> = spec.chars().collect();
    let (_, _, skip) = align_head(&chars, "<>^=");
    let rest: String = chars[skip..].iter().collect();
    let (head, precision) = rest.rsplit_once('.')?;
    let plain =
        |c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | ' ' | 'z' | '#' | ',' | '_');
    if precision.is_empty()
        || !precision.chars().all(|c| c.is_ascii_digit())
        || !head.chars().all(plain)
    {
        return None;
    }
    // (A precision of 0 is 1, as for `g`.)
    let precision = if precision.parse() == Ok(0) {
        "1"
    } else {
        precision
    };
    let flags = head
        .chars()
        .take_while(|c| matches!(c, '+' | '-' | ' ' | 'z' | '#'))
        .count();
    if skip == 0 && head[flags..].starts_with('0') {
        return Some(format!(
            "0={}{}.{precision}",
            &head[..flags],
            &head[flags + 1..]
        ));
    }
    let fill_align: String = chars[..skip].iter().collect();
    Some(format!("{fill_align}{head}.{precision}"))
}

/// `format(s, spec)`.
///
/// # Safety
/// `s` and `spec` must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_format_str(s: *mut Obj, spec: *mut Obj) -> *mut Obj {
    if as_str(spec).is_empty() {
        crate::list::incref(s);
        return s;
    }
    let f = match parse(spec, "str") {
        Ok(f) => f,
        Err(e) => return e,
    };
    // Validate with the crate (errors, `=` alignment, signs), then lay the text out here: the
    // crate truncates by bytes and after padding, where Python truncates by characters first.
    if let Err(e) = f.format_string(&Text("x")) {
        return spec_error(e, as_str(spec), "str");
    }
    if let Some(msg) = str_spec_error(as_str(spec)) {
        raise(ExcKind::ValueError, msg);
        return std::ptr::null_mut();
    }
    new_str(&layout_str(as_str(s), as_str(spec)))
}

/// CPython's ValueError for a sign, `#` or `=` alignment in a str spec (the crate takes them).
fn str_spec_error(spec: &str) -> Option<&'static str> {
    let chars: Vec<char> = spec.chars().collect();
    let (_, align, mut i) = align_head(&chars, "<>^=");
    let mut sign = None;
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        i += 1;
    }
    let alternate = i < chars.len() && chars[i] == '#';
    match sign {
        Some(' ') => return Some("Space not allowed in string format specifier"),
        Some(_) => return Some("Sign not allowed in string format specifier"),
        None => {}
    }
    if alternate {
        return Some("Alternate form (#) not allowed in string format specifier");
    }
    if align == Some('=') {
        return Some("'=' alignment not allowed in string format specifier");
    }
    None
}

/// A str for `rustpython-format`, which counts characters through `CharLen`.
struct Text<'a>(&'a str);

impl std::ops::Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl rustpython_format::CharLen for Text<'_> {
    fn char_len(&self) -> usize {
        self.0.chars().count()
    }
}

/// Lays out `text` by a (valid) str format spec: `[[fill]align][width][.precision][s]`.
fn layout_str(text: &str, spec: &str) -> String {
    let chars: Vec<char> = spec.chars().collect();
    let (given, align, mut i) = align_head(&chars, "<>^");
    let align = align.unwrap_or('<');
    // The `0` flag pads with zeros unless a fill was given (`f"{'ab':06}"` is `ab0000`).
    let fill = match given {
        Some(f) => f,
        None if chars.get(i) == Some(&'0') => '0',
        None => ' ',
    };
    let number = |i: &mut usize| {
        let start = *i;
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            *i += 1;
        }
        chars[start..*i]
            .iter()
            .collect::<String>()
            .parse::<usize>()
            .ok()
    };
    let width = number(&mut i).unwrap_or(0);
    let precision = if i < chars.len() && chars[i] == '.' {
        i += 1;
        number(&mut i)
    } else {
        None
    };
    let body: String = match precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    let n = body.chars().count();
    if n >= width {
        return body;
    }
    let pad = width - n;
    let (left, right) = match align {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(body.len() + pad * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `format(b, spec)`: `True`/`False` for an empty spec, else formatted as the int 0 or 1.
///
/// # Safety
/// `spec` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_format_bool(b: u8, spec: *mut Obj) -> *mut Obj {
    if as_str(spec).is_empty() {
        return new_str(if b != 0 { "True" } else { "False" });
    }
    nx_format_int((b as i64) << 1, spec)
}

/// `format(None, spec)`.
///
/// # Safety
/// `spec` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_format_none(spec: *mut Obj) -> *mut Obj {
    if as_str(spec).is_empty() {
        return new_str("None");
    }
    raise(
        ExcKind::TypeError,
        "unsupported format string passed to NoneType.__format__",
    );
    std::ptr::null_mut()
}

/// `repr(s)`.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_repr(s: *mut Obj) -> *mut Obj {
    new_str(&py_repr(as_str(s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, take};

    fn s(text: &str) -> *mut Obj {
        new_str(text)
    }

    #[test]
    fn formats_like_cpython() {
        let _g = lock();
        // python3 -c 'print([format(3.14259, ".2f"), format(42, ">6"), format(42, "08b"), format(1234567, ","), format(0.5, "%"), format("ab", "^6"), format(True, ">5"), format(1e16, ""), format(-7, "+d"), format(255, "#x"), format(2.5, "e")])'
        unsafe {
            let cases: &[(String, &str)] = &[
                (as_str(nx_format_float(3.14259, s(".2f"))).into(), "3.14"),
                (as_str(nx_format_int(42 << 1, s(">6"))).into(), "    42"),
                (as_str(nx_format_int(42 << 1, s("08b"))).into(), "00101010"),
                (
                    as_str(nx_format_int(1234567 << 1, s(","))).into(),
                    "1,234,567",
                ),
                (as_str(nx_format_float(0.5, s("%"))).into(), "50.000000%"),
                (as_str(nx_format_str(s("ab"), s("^6"))).into(), "  ab  "),
                (as_str(nx_format_bool(1, s(">5"))).into(), "    1"),
                (as_str(nx_format_float(1e16, s(""))).into(), "1e+16"),
                (as_str(nx_format_int(-7 << 1, s("+d"))).into(), "-7"),
                (as_str(nx_format_int(255 << 1, s("#x"))).into(), "0xff"),
                (as_str(nx_format_float(2.5, s("e"))).into(), "2.500000e+00"),
            ];
            for (got, want) in cases {
                assert_eq!(got, want);
            }
            assert!(nx_format_float(1.5, s("d")).is_null());
            assert_eq!(
                take(),
                Some((
                    "ValueError",
                    "Unknown format code 'd' for object of type 'float'".into()
                ))
            );
            assert_eq!(as_str(nx_str_repr(s("it's"))), "\"it's\"");
            // python3 -c 'print(repr(format("abcdef", ">10.3")), repr(format("é€ab", "*^8.3")))'
            assert_eq!(as_str(nx_format_str(s("abcdef"), s(">10.3"))), "       abc");
            assert_eq!(as_str(nx_format_str(s("é€ab"), s("*^8.3"))), "**é€a***");
            // python3 -c "print(repr(format(1234.5, '010,.2f')), repr(format(1234.5, '>10,.2f')), repr(format(-5, '=8')), repr(format(255,'#=10x')), repr(format(-1234567,'_>12,')))"
            assert_eq!(as_str(nx_format_float(1234.5, s("010,.2f"))), "001,234.50");
            assert_eq!(as_str(nx_format_float(1234.5, s(">10,.2f"))), "  1,234.50");
            assert_eq!(as_str(nx_format_int(-5 << 1, s("=8"))), "-      5");
            assert_eq!(as_str(nx_format_int(255 << 1, s("#=10x"))), "########ff");
            assert_eq!(
                as_str(nx_format_int(-1234567 << 1, s("_>12,"))),
                "__-1,234,567"
            );
            assert_eq!(as_str(nx_format_int(255 << 1, s("#010x"))), "0x000000ff");
        }
    }
}

/// `template.format(*args)` for a template known only at run time (`args` a tuple of the
/// positional arguments): `{}`, `{0}`, `{!r}`, `{!s}`, `{!a}` and format specs, with CPython's
/// errors for a bad template, a missing index or a keyword field.
///
/// # Safety
/// `template` must be a live str and `args` a live tuple.
#[no_mangle]
pub unsafe extern "C" fn nx_str_format_args(template: *mut Obj, args: *mut Obj) -> *mut Obj {
    use rustpython_format::{FormatPart, FormatString, FromTemplate};
    let parsed = match FormatString::from_str(as_str(template)) {
        Ok(p) => p,
        Err(_) => {
            raise(
                ExcKind::ValueError,
                "Single '}' encountered in format string",
            );
            return std::ptr::null_mut();
        }
    };
    let n = crate::tuple::len(args);
    let mut out = String::new();
    let mut auto = 0usize;
    let mut numbered = false;
    for part in parsed.format_parts {
        let (field_name, conversion, spec) = match part {
            FormatPart::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            FormatPart::Field {
                field_name,
                conversion_spec,
                format_spec,
            } => (field_name, conversion_spec, format_spec),
        };
        let index = if field_name.is_empty() {
            if numbered {
                raise(
                    ExcKind::ValueError,
                    "cannot switch from manual field specification to automatic field numbering",
                );
                return std::ptr::null_mut();
            }
            auto += 1;
            auto - 1
        } else {
            match field_name.parse::<usize>() {
                Ok(i) => {
                    if auto > 0 {
                        raise(
                            ExcKind::ValueError,
                            "cannot switch from automatic field numbering to manual field specification",
                        );
                        return std::ptr::null_mut();
                    }
                    numbered = true;
                    i
                }
                Err(_) => {
                    raise(ExcKind::KeyError, py_repr(&field_name));
                    return std::ptr::null_mut();
                }
            }
        };
        if index >= n {
            raise(
                ExcKind::IndexError,
                format!("Replacement index {index} out of range for positional args tuple"),
            );
            return std::ptr::null_mut();
        }
        let (kind, bits) = crate::tuple::item(args, index);
        let v = crate::list::val(kind, bits);
        // A conversion makes the value its str()/repr()/ascii() text, then formats that.
        let text: *mut Obj = match conversion {
            Some(c @ ('r' | 'a')) => {
                let mut r = String::new();
                if !crate::list::val_repr(v, &mut r) {
                    return std::ptr::null_mut();
                }
                let repr = new_str(&r);
                if c == 'a' {
                    let escaped = crate::str::nx_str_ascii(repr);
                    crate::list::decref(repr);
                    escaped
                } else {
                    repr
                }
            }
            Some(_) => match v {
                crate::list::Val::Obj(o) => crate::exc_obj::nx_obj_str(o),
                other => {
                    let mut r = String::new();
                    if !crate::list::val_repr(other, &mut r) {
                        return std::ptr::null_mut();
                    }
                    new_str(&r)
                }
            },
            None => std::ptr::null_mut(),
        };
        let spec_obj = new_str(&spec);
        let piece = if !text.is_null() {
            let p = nx_format_str(text, spec_obj);
            crate::list::decref(text);
            p
        } else {
            format_val(v, spec_obj)
        };
        crate::list::decref(spec_obj);
        if piece.is_null() {
            return piece;
        }
        out.push_str(as_str(piece));
        crate::list::decref(piece);
    }
    new_str(&out)
}

/// `format(v, spec)` of a value of any type: numbers, bools, None and strs through their own
/// format specs; other objects only with an empty spec (their `str()`), like `object.__format__`.
///
/// # Safety
/// `spec` must be a live str; `v` a live value.
pub(crate) unsafe fn format_val(v: crate::list::Val, spec: *mut Obj) -> *mut Obj {
    match v {
        crate::list::Val::Int(i) => nx_format_int(i, spec),
        crate::list::Val::Float(f) => nx_format_float(f, spec),
        crate::list::Val::Bool(b) => nx_format_bool(b as u8, spec),
        crate::list::Val::None => nx_format_none(spec),
        crate::list::Val::Obj(o) if std::ptr::eq((*o).ty, &crate::str::STR_TYPE) => {
            nx_format_str(o, spec)
        }
        crate::list::Val::Obj(o) => {
            if !as_str(spec).is_empty() {
                raise(
                    ExcKind::TypeError,
                    format!(
                        "unsupported format string passed to {}.__format__",
                        crate::list::type_name(v)
                    ),
                );
                return std::ptr::null_mut();
            }
            crate::exc_obj::nx_obj_str(o)
        }
    }
}
