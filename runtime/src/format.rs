//! `format(value, spec)` and f-string fields: Python's format-spec mini-language (through
//! `rustpython-format`), with CPython's error messages, plus `repr()` of a str.

use crate::exc::raise;
use crate::float::float_repr;
use crate::format_spec;
use crate::int::IntRef;
use crate::object::Obj;
use crate::str::{as_str, new_str, py_repr};
use natrix_abi::ExcKind;

/// `format(i, spec)`.
///
/// # Safety
/// `spec` must be a live str; `i` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_format_int(i: i64, spec: *mut Obj) -> *mut Obj {
    format_int_as(i, spec, "int")
}

/// `format(i, spec)` of an int, or of a bool (`type_name`, which errors name).
unsafe fn format_int_as(i: i64, spec: *mut Obj, type_name: &str) -> *mut Obj {
    let text = as_str(spec);
    if text.is_empty() {
        return crate::convert::nx_int_to_str(i);
    }
    if let Some(s) = small_int_simple(i, text) {
        return s;
    }
    let s = match format_spec::parse(text, type_name, Some('d'), '>') {
        Ok(s) => s,
        Err(e) => return format_spec::raise_spec_error(e),
    };
    match s.ty {
        None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {}
        // A float presentation converts the int first, as CPython does (OverflowError past
        // the float range, never `inf`).
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = crate::int::nx_int_to_float(i);
            if crate::exc::pending_kind().is_some() {
                return std::ptr::null_mut();
            }
            return format_spec::finish(format_spec::format_float(&s, x));
        }
        Some(t) => return format_spec::raise_spec_error(format_spec::unknown_code(t, type_name)),
    }
    let view = crate::int::view(i);
    // CPython 3.11's limit on decimal conversions (checked in full only for ints that may
    // pass it: a `b`-bit int has at most `b·log10(2) + 1` digits).
    if let (None | Some('d' | 'n'), IntRef::Big(b)) = (s.ty, &view) {
        if b.bits() as f64 * std::f64::consts::LOG10_2 + 1.0 > crate::int::MAX_STR_DIGITS as f64
            && crate::int::int_to_string(i).is_none()
        {
            return std::ptr::null_mut();
        }
    }
    let negative = match &view {
        IntRef::Small(x) => *x < 0,
        IntRef::Big(b) => b.sign() == num_bigint::Sign::Minus,
    };
    let digits = |base: u32| match &view {
        IntRef::Small(x) => match base {
            2 => format!("{:b}", x.unsigned_abs()),
            8 => format!("{:o}", x.unsigned_abs()),
            16 => format!("{:x}", x.unsigned_abs()),
            _ => x.unsigned_abs().to_string(),
        },
        IntRef::Big(b) => b.magnitude().to_str_radix(base),
    };
    let as_char = || {
        let out_of_range = || {
            (
                ExcKind::OverflowError,
                "%c arg not in range(0x110000)".to_string(),
            )
        };
        match &view {
            IntRef::Small(x) => u32::try_from(*x)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(out_of_range),
            // (Past a C long, CPython's conversion fails first.)
            IntRef::Big(b) if i64::try_from(*b).is_ok() => Err(out_of_range()),
            IntRef::Big(_) => Err((
                ExcKind::OverflowError,
                "Python int too large to convert to C long".to_string(),
            )),
        }
    };
    format_spec::finish(format_spec::format_int(&s, negative, digits, as_char))
}

/// `format(i, spec)` of a small int by a spec of only a width, with or without the `0` flag
/// and a `d` (`5`, `02d`, `>8`): the common layouts, without parsing a spec or making a
/// string of digits first. `None` for anything else.
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
    let s = match format_spec::parse(text, "float", None, '>') {
        Ok(s) => s,
        Err(e) => return format_spec::raise_spec_error(e),
    };
    if let Some(t) = s.ty.filter(|_| !format_spec::is_float_type(s.ty)) {
        return format_spec::raise_spec_error(format_spec::unknown_code(t, "float"));
    }
    format_spec::finish(format_spec::format_float(&s, x))
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
    let f = format_spec::parse(as_str(spec), "str", Some('s'), '<')
        .and_then(|f| format_spec::check_str(&f).map(|()| f));
    match f {
        Ok(f) => new_str(&format_spec::layout_str(as_str(s), &f)),
        Err(e) => format_spec::raise_spec_error(e),
    }
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
    format_int_as((b as i64) << 1, spec, "bool")
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
/// positional arguments): `{}`, `{0}`, conversions, format specs with fields of their own,
/// with CPython's errors for a bad template, a missing index or a keyword field.
///
/// # Safety
/// `template` must be a live str and `args` a live tuple.
#[no_mangle]
pub unsafe extern "C" fn nx_str_format_args(template: *mut Obj, args: *mut Obj) -> *mut Obj {
    nx_str_format_kwargs(template, args, std::ptr::null_mut())
}

/// [`nx_str_format_args`] with keyword arguments too: `kwargs` a dict from the names to the
/// values (of any kind), or null for none.
///
/// # Safety
/// `template` must be a live str, `args` a live tuple, `kwargs` null or a live dict with str keys.
#[no_mangle]
pub unsafe extern "C" fn nx_str_format_kwargs(
    template: *mut Obj,
    args: *mut Obj,
    kwargs: *mut Obj,
) -> *mut Obj {
    let mut out = String::new();
    let mut numbering = Numbering::None;
    let args = Args { args, kwargs };
    match render_template(as_str(template), &args, 2, &mut numbering, &mut out) {
        Ok(()) => new_str(&out),
        Err(()) => std::ptr::null_mut(),
    }
}

/// The arguments of a run-time template: the positional ones in a tuple, the keyword ones in
/// a dict (or null).
struct Args {
    args: *mut Obj,
    kwargs: *mut Obj,
}

impl Args {
    /// The keyword argument `name`, borrowed: `Ok(None)` when there is none.
    unsafe fn keyword(&self, name: &str) -> Result<Option<crate::list::Val>, ()> {
        if self.kwargs.is_null() {
            return Ok(None);
        }
        let key = new_str(name);
        if key.is_null() {
            return Err(());
        }
        let found = crate::dict::get_borrowed(self.kwargs, key as i64);
        crate::list::decref(key);
        let (_, vk) = crate::dict::kinds(self.kwargs);
        Ok(found?.map(|bits| crate::list::val(vk, bits)))
    }
}

/// A reference released when the field that read it is rendered.
struct Held(*mut Obj);

impl Drop for Held {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: a reference this field took.
            unsafe { crate::list::decref(self.0) };
        }
    }
}

/// How a template's fields have been numbered so far: CPython refuses to mix `{}` and `{0}`.
enum Numbering {
    None,
    Auto(usize),
    Manual,
}

/// `build_string`: appends `template` rendered with `args`; `depth` is how many levels of
/// fields within specs are left (PEP 3101 allows two). Err after raising.
unsafe fn render_template(
    template: &str,
    args: &Args,
    depth: u32,
    numbering: &mut Numbering,
    out: &mut String,
) -> Result<(), ()> {
    use natrix_abi::template::{self, parse, Part};
    let fail = |kind: ExcKind, msg: String| {
        raise(kind, msg);
        Err(())
    };
    if depth == 0 {
        return fail(ExcKind::ValueError, template::TOO_DEEP.into());
    }
    let (parts, error) = parse(template);
    for part in parts {
        let (name, conversion, spec, nested) = match part {
            Part::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            Part::Field {
                name,
                conversion,
                spec,
                nested,
            } => (name, conversion, spec, nested),
        };
        let head = name.split(['.', '[']).next().unwrap_or(name);
        // (`{.name}`, `{[0]}`: the next automatic argument's attribute or item.)
        let keyword = if head.is_empty() || head.parse::<usize>().is_ok() {
            None
        } else {
            match args.keyword(head)? {
                Some(v) => Some(v),
                None => return fail(ExcKind::KeyError, py_repr(head)),
            }
        };
        let index = if keyword.is_some() {
            0
        } else if head.is_empty() {
            match numbering {
                Numbering::Manual => {
                    return fail(ExcKind::ValueError, template::AUTO_AFTER_MANUAL.into())
                }
                Numbering::Auto(n) => {
                    *n += 1;
                    *n - 1
                }
                Numbering::None => {
                    *numbering = Numbering::Auto(1);
                    0
                }
            }
        } else {
            let Ok(i) = head.parse::<usize>() else {
                return fail(ExcKind::KeyError, py_repr(head));
            };
            if let Numbering::Auto(_) = numbering {
                return fail(ExcKind::ValueError, template::MANUAL_AFTER_AUTO.into());
            }
            *numbering = Numbering::Manual;
            i
        };
        let mut v = match keyword {
            Some(v) => v,
            None if index >= crate::tuple::len(args.args) => {
                return fail(ExcKind::IndexError, template::missing_index(index));
            }
            None => {
                let (kind, bits) = crate::tuple::item(args.args, index);
                crate::list::val(kind, bits)
            }
        };
        // `{0[1]}`, `{0[key]}`: items of the argument (held until the field is rendered).
        let steps = match template::split_field(name) {
            Ok((_, steps)) => steps,
            Err(msg) => return fail(ExcKind::ValueError, msg.into()),
        };
        let mut _held = Held(std::ptr::null_mut());
        for step in steps {
            use template::Access;
            let key = match step {
                Access::Index(k) => crate::dynamic::nx_dyn_from_int((k as i64) << 1),
                Access::Key(k) => new_str(k),
                Access::Attr(a) => {
                    // An attribute of an instance, by its slot's name.
                    let found = match v {
                        crate::list::Val::Obj(o) if crate::instance::is_instance(o) => {
                            crate::instance::attr_by_name(o, a)
                        }
                        _ => None,
                    };
                    let Some(attr) = found else {
                        return fail(
                            ExcKind::NotImplementedError,
                            format!("natrix: the field '{name}' of a run-time format template"),
                        );
                    };
                    v = attr;
                    continue;
                }
            };
            let base = crate::dynamic::boxed(v);
            let item = crate::dyn_containers::nx_dyn_getitem(base, key);
            for o in [base, key] {
                if !o.is_null() {
                    crate::list::decref(o);
                }
            }
            if item.is_null() && crate::exc::nx_err_pending != 0 {
                return Err(());
            }
            _held = Held(item);
            v = crate::dynamic::unbox(item);
        }
        // A conversion makes the value its str()/repr()/ascii() text, then formats that.
        let text: *mut Obj = match conversion {
            None => std::ptr::null_mut(),
            Some(c @ ('r' | 'a')) => {
                let mut r = String::new();
                if !crate::list::val_repr(v, &mut r) {
                    return Err(());
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
            Some('s') => crate::dynamic::val_str(v),
            Some(c) => return fail(ExcKind::ValueError, template::unknown_conversion(c)),
        };
        if conversion.is_some() && text.is_null() {
            return Err(());
        }
        let spec_obj = if nested {
            let mut expanded = String::new();
            let r = render_template(spec, args, depth - 1, numbering, &mut expanded);
            if r.is_err() {
                if !text.is_null() {
                    crate::list::decref(text);
                }
                return r;
            }
            new_str(&expanded)
        } else {
            new_str(spec)
        };
        let piece = if !text.is_null() {
            let p = nx_format_str(text, spec_obj);
            crate::list::decref(text);
            p
        } else {
            format_val(v, spec_obj)
        };
        crate::list::decref(spec_obj);
        if piece.is_null() {
            return Err(());
        }
        out.push_str(as_str(piece));
        crate::list::decref(piece);
    }
    match error {
        Some(msg) => fail(ExcKind::ValueError, msg.into()),
        None => Ok(()),
    }
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
