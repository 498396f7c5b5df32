//! printf-style `%` formatting of a template known only at run time (`fmt % values`); a literal
//! template is expanded by the compiler into `format()` calls instead.

use crate::exc::raise;
use crate::format::{nx_format_float, nx_format_int, nx_format_str};
use crate::list::Val;
use crate::object::Obj;
use crate::str::{as_str, new_str};
use natrix_abi::{ElemKind, ExcKind};

/// `template % args` for a template known only at run time (`args` a tuple of the values;
/// a single value comes as a 1-tuple).
///
/// # Safety
/// `template` must be a live str and `args` a live tuple.
#[no_mangle]
pub unsafe extern "C" fn nx_str_percent_args(template: *mut Obj, args: *mut Obj) -> *mut Obj {
    percent(template, args, std::ptr::null_mut())
}

/// `template % d` of a dict: `%(key)s` conversions look their key up in it; a conversion
/// without a key takes the dict itself, as in CPython.
///
/// # Safety
/// `template` must be a live str and `d` a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_str_percent_map(template: *mut Obj, d: *mut Obj) -> *mut Obj {
    let args = one_tuple(ElemKind::Obj, d as i64);
    if args.is_null() {
        return args;
    }
    let r = percent(template, args, d);
    crate::list::decref(args);
    r
}

/// `template % v` of a value whose type is known only at run time: a tuple holds the values,
/// a dict maps keys, anything else is the one value.
///
/// # Safety
/// `template` must be a live str and `v` a dynamic value (null for None).
#[no_mangle]
pub unsafe extern "C" fn nx_str_percent_dyn(template: *mut Obj, v: *mut Obj) -> *mut Obj {
    if !v.is_null() && crate::tuple::is_tuple(v) {
        return percent(template, v, std::ptr::null_mut());
    }
    if !v.is_null() && crate::dict::is_dict(v) {
        return nx_str_percent_map(template, v);
    }
    let kind = if v.is_null() {
        ElemKind::None
    } else {
        ElemKind::Obj
    };
    let args = one_tuple(kind, v as i64);
    if args.is_null() {
        return args;
    }
    let r = percent(template, args, std::ptr::null_mut());
    crate::list::decref(args);
    r
}

/// A new 1-tuple of one element (borrowed).
unsafe fn one_tuple(kind: ElemKind, bits: i64) -> *mut Obj {
    let t = crate::tuple::nx_tuple_new(1);
    if !t.is_null() {
        crate::tuple::nx_tuple_init(t, 0, kind as i64, bits);
    }
    t
}

/// The `%` operator's printf-style conversions `%s %r %a %d %i %u %f %F %e %E %g %G %x %X %o %c
/// %%` with flags `-+ #0`, a width and a precision, each laid out by the same code as
/// `format()`, with CPython's TypeErrors for too few or too many arguments. Positional
/// conversions take the items of `args` in turn; `%(key)` ones look `key` up in `map` (a dict,
/// or null when there is none).
unsafe fn percent(template: *mut Obj, args: *mut Obj, map: *mut Obj) -> *mut Obj {
    let text: Vec<char> = as_str(template).chars().collect();
    let n = crate::tuple::len(args);
    let mut next = 0usize;
    let mut out = String::new();
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if i < text.len() && text[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        // `%(key)`: the value comes from the mapping (owned until the piece is made).
        let mut keyed: Option<*mut Obj> = None;
        if i < text.len() && text[i] == '(' {
            if map.is_null() {
                raise(ExcKind::TypeError, "format requires a mapping");
                return std::ptr::null_mut();
            }
            let (mut depth, start) = (1, i + 1);
            i += 1;
            while i < text.len() && depth > 0 {
                match text[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                raise(ExcKind::ValueError, "incomplete format key");
                return std::ptr::null_mut();
            }
            let key = new_str(&text[start..i - 1].iter().collect::<String>());
            let v = crate::dyn_containers::nx_dyn_getitem(map, key);
            crate::list::decref(key);
            if v.is_null() && crate::exc::nx_err_pending != 0 {
                return std::ptr::null_mut();
            }
            keyed = Some(v);
            // As in CPython, a positional conversion after a keyed one finds no value.
            next = n;
        }
        let mut flags = String::new();
        while i < text.len() && "-+ #0".contains(text[i]) {
            flags.push(text[i]);
            i += 1;
        }
        // A `*` width or precision takes the next argument, an int.
        let star = |next: &mut usize| -> Option<i64> {
            if keyed.is_some() || map_only(map, n) {
                raise(ExcKind::TypeError, "* wants int");
                return None;
            }
            if *next >= n {
                raise(ExcKind::TypeError, "not enough arguments for format string");
                return None;
            }
            let (kind, bits) = crate::tuple::item(args, *next);
            *next += 1;
            match crate::list::val(kind, bits) {
                crate::list::Val::Int(t) if crate::int::is_small(t) => Some(t >> 1),
                crate::list::Val::Bool(b) => Some(b as i64),
                crate::list::Val::Int(_) => {
                    raise(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    );
                    None
                }
                _ => {
                    raise(ExcKind::TypeError, "* wants int");
                    None
                }
            }
        };
        let mut width = String::new();
        if i < text.len() && text[i] == '*' {
            i += 1;
            let Some(w) = star(&mut next) else {
                return std::ptr::null_mut();
            };
            if w < 0 && !flags.contains('-') {
                flags.push('-');
            }
            width = w.unsigned_abs().to_string();
        }
        while i < text.len() && text[i].is_ascii_digit() {
            width.push(text[i]);
            i += 1;
        }
        let mut precision = None;
        if i < text.len() && text[i] == '.' {
            i += 1;
            let mut p = String::new();
            if i < text.len() && text[i] == '*' {
                i += 1;
                let Some(q) = star(&mut next) else {
                    return std::ptr::null_mut();
                };
                p = q.max(0).to_string();
            }
            while i < text.len() && text[i].is_ascii_digit() {
                p.push(text[i]);
                i += 1;
            }
            precision = Some(if p.is_empty() { "0".to_string() } else { p });
        }
        let Some(&conv) = text.get(i) else {
            raise(ExcKind::ValueError, "incomplete format");
            return std::ptr::null_mut();
        };
        i += 1;
        let v = match keyed {
            Some(owned) => {
                let v = crate::dynamic::unbox(owned);
                let piece = convert(v, conv, &flags, &width, &precision, i);
                if !owned.is_null() {
                    crate::list::decref(owned);
                }
                if piece.is_null() {
                    return piece;
                }
                out.push_str(as_str(piece));
                crate::list::decref(piece);
                continue;
            }
            None => {
                if next >= n {
                    raise(ExcKind::TypeError, "not enough arguments for format string");
                    return std::ptr::null_mut();
                }
                let (kind, bits) = crate::tuple::item(args, next);
                next += 1;
                crate::list::val(kind, bits)
            }
        };
        let piece = convert(v, conv, &flags, &width, &precision, i);
        if piece.is_null() {
            return piece;
        }
        out.push_str(as_str(piece));
        crate::list::decref(piece);
    }
    if next < n && map.is_null() {
        raise(
            ExcKind::TypeError,
            "not all arguments converted during string formatting",
        );
        return std::ptr::null_mut();
    }
    new_str(&out)
}

/// Whether the values come from a mapping only (`%(key)` conversions), so a `*` has none.
fn map_only(map: *mut Obj, n: usize) -> bool {
    !map.is_null() && n == 0
}

/// One conversion of `v` (`conv` with its flags, width and precision; `i` is the index just
/// past it, for errors): a new str, or null after raising.
unsafe fn convert(
    v: Val,
    conv: char,
    flags: &str,
    width: &str,
    precision: &Option<String>,
    i: usize,
) -> *mut Obj {
    let left = flags.contains('-');
    let zero = flags.contains('0') && !left;
    let sign = if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let alt = if flags.contains('#') { "#" } else { "" };
    match conv {
        's' | 'r' | 'a' => {
            let s = match (conv, v) {
                ('s', Val::Obj(o)) => crate::exc_obj::nx_obj_str(o),
                _ => {
                    let mut r = String::new();
                    if !crate::list::val_repr(v, &mut r) {
                        return std::ptr::null_mut();
                    }
                    let repr = new_str(&r);
                    if conv == 'a' {
                        let e = crate::str::nx_str_ascii(repr);
                        crate::list::decref(repr);
                        e
                    } else {
                        repr
                    }
                }
            };
            if s.is_null() {
                return s;
            }
            let mut t: String = as_str(s).to_string();
            crate::list::decref(s);
            if let Some(p) = &precision {
                let p: usize = p.parse().unwrap_or(0);
                t = t.chars().take(p).collect();
            }
            let spec = format!("{}{width}", if left { "<" } else { ">" });
            let so = new_str(&t);
            let specs = new_str(&spec);
            let r = nx_format_str(so, specs);
            crate::list::decref(so);
            crate::list::decref(specs);
            r
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
            let align = if left { "<" } else { "" };
            let z = if zero { "0" } else { "" };
            let number =
                |ty: &str| -> Option<String> { Some(format!("{align}{sign}{alt}{z}{width}{ty}")) };
            let int_layout = IntLayout {
                conv,
                left,
                zero,
                sign,
                alt: !alt.is_empty(),
                width: width.parse().unwrap_or(0),
                precision: precision.as_ref().and_then(|p| p.parse().ok()),
            };
            match (conv, v) {
                ('c', Val::Int(_) | Val::Bool(_)) => char_of(
                    tagged(v),
                    &format!("{}{width}c", if left { "<" } else { ">" }),
                ),
                ('c', Val::Obj(o)) if is_char(o) => {
                    let spec = new_str(&format!("{}{width}", if left { "<" } else { ">" }));
                    let r = nx_format_str(o, spec);
                    crate::list::decref(spec);
                    r
                }
                ('d' | 'i' | 'u' | 'x' | 'X' | 'o', Val::Int(_) | Val::Bool(_)) => {
                    int_layout.format(tagged(v))
                }
                ('d' | 'i' | 'u', Val::Float(f)) => {
                    let truncated = crate::float::nx_float_to_int(f);
                    if truncated == natrix_abi::INT_ERROR {
                        return std::ptr::null_mut();
                    }
                    let r = int_layout.format(truncated);
                    crate::list::decref_elem(ElemKind::Int, truncated);
                    r
                }
                ('f' | 'F' | 'e' | 'E' | 'g' | 'G', Val::Float(_) | Val::Int(_) | Val::Bool(_)) => {
                    let f = match v {
                        Val::Float(f) => f,
                        Val::Int(x) => {
                            let f = crate::int::nx_int_to_float(x);
                            if crate::exc::pending_kind().is_some() {
                                return std::ptr::null_mut();
                            }
                            f
                        }
                        Val::Bool(b) => b as u8 as f64,
                        _ => 0.0,
                    };
                    let p = precision.clone().unwrap_or_else(|| "6".to_string());
                    let spec = new_str(&number(&format!(".{p}{conv}")).unwrap_or_default());
                    let r = nx_format_float(f, spec);
                    crate::list::decref(spec);
                    r
                }
                _ => return conversion_error(conv, v),
            }
        }
        other => {
            raise(
                ExcKind::ValueError,
                format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                ),
            );
            return std::ptr::null_mut();
        }
    }
}

/// CPython's TypeError for a value that conversion `conv` cannot take (returns null).
unsafe fn conversion_error(conv: char, v: Val) -> *mut Obj {
    let name = crate::list::type_name(v);
    let what = match conv {
        'c' => "%c requires int or char".to_string(),
        'f' | 'F' | 'e' | 'E' | 'g' | 'G' => format!("must be real number, not {name}"),
        'x' | 'X' | 'o' => format!("%{conv} format: an integer is required, not {name}"),
        _ => format!("%{conv} format: a real number is required, not {name}"),
    };
    raise(ExcKind::TypeError, what);
    std::ptr::null_mut()
}

/// The value of one conversion `conv` of a literal template (which the compiler turned into a
/// `format()` call) when the value's type is known only at run time: a new dynamic reference
/// to what `format()` then formats (a float truncated to an int for `%d`, the character of an
/// int for `%c`), or CPython's TypeError.
///
/// # Safety
/// `v` must be a dynamic value (null for None) and `conv` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_percent_dyn_arg(v: *mut Obj, conv: *mut Obj) -> *mut Obj {
    let conv = as_str(conv).chars().next().unwrap_or('d');
    let val = crate::dynamic::unbox(v);
    match (conv, val) {
        ('d' | 'i' | 'u', Val::Float(f)) => {
            let t = crate::float::nx_float_to_int(f);
            if t == natrix_abi::INT_ERROR {
                return std::ptr::null_mut();
            }
            let r = crate::dynamic::nx_dyn_from_int(t);
            crate::list::decref_elem(ElemKind::Int, t);
            r
        }
        ('d' | 'i' | 'u' | 'x' | 'X' | 'o', Val::Int(_) | Val::Bool(_))
        | ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Val::Int(_) | Val::Bool(_) | Val::Float(_)) => {
            crate::dynamic::boxed(val)
        }
        ('c', Val::Int(_) | Val::Bool(_)) => char_of(tagged(val), "c"),
        ('c', Val::Obj(o)) if is_char(o) => crate::dynamic::boxed(val),
        _ => conversion_error(conv, val),
    }
}

/// An int, or a bool as the int it is, as a tagged int (0 for anything else).
fn tagged(v: Val) -> i64 {
    match v {
        Val::Int(i) => i,
        Val::Bool(b) => (b as i64) << 1,
        _ => 0,
    }
}

/// Whether `o` is a str of one character (what `%c` takes besides an int).
///
/// # Safety
/// `o` must point to a live object.
unsafe fn is_char(o: *mut Obj) -> bool {
    std::ptr::eq((*o).ty, &crate::str::STR_TYPE) && crate::str::char_len(o) == 1
}

/// `%c` of the tagged int `x`: its character laid out by the format() spec `spec` (whose `c`
/// raises CPython's OverflowError "%c arg not in range(0x110000)").
unsafe fn char_of(x: i64, spec: &str) -> *mut Obj {
    if !crate::int::is_small(x) {
        // (A big one too, where format()'s `c` first fails to make a C long.)
        raise(ExcKind::OverflowError, "%c arg not in range(0x110000)");
        return std::ptr::null_mut();
    }
    let spec = new_str(spec);
    let r = nx_format_int(x, spec);
    crate::list::decref(spec);
    r
}

/// How an int conversion lays out its number: CPython's `formatlong` (not format()'s spec,
/// which has no precision for ints).
struct IntLayout<'a> {
    conv: char,
    left: bool,
    zero: bool,
    sign: &'a str,
    alt: bool,
    width: usize,
    /// The minimum number of digits (zero-padded).
    precision: Option<usize>,
}

impl IntLayout<'_> {
    /// The text of the tagged int `x`.
    unsafe fn format(&self, x: i64) -> *mut Obj {
        let radix = match self.conv {
            'x' | 'X' => 16,
            'o' => 8,
            _ => 10,
        };
        let (negative, mut digits) = match crate::int::view(x) {
            crate::int::IntRef::Small(v) => {
                let m = v.unsigned_abs();
                let d = match radix {
                    16 => format!("{m:x}"),
                    8 => format!("{m:o}"),
                    _ => m.to_string(),
                };
                (v < 0, d)
            }
            crate::int::IntRef::Big(b) => (
                b.sign() == num_bigint::Sign::Minus,
                b.magnitude().to_str_radix(radix),
            ),
        };
        if self.conv == 'X' {
            digits.make_ascii_uppercase();
        }
        if let Some(p) = self.precision {
            if p > digits.len() {
                digits.insert_str(0, &"0".repeat(p - digits.len()));
            }
        }
        let mut prefix = String::from(if negative { "-" } else { self.sign });
        if self.alt {
            prefix.push_str(match self.conv {
                'x' => "0x",
                'X' => "0X",
                'o' => "0o",
                _ => "",
            });
        }
        let pad = self.width.saturating_sub(prefix.len() + digits.len());
        let text = if self.left {
            format!("{prefix}{digits}{}", " ".repeat(pad))
        } else if self.zero {
            format!("{prefix}{}{digits}", "0".repeat(pad))
        } else {
            format!("{}{prefix}{digits}", " ".repeat(pad))
        };
        crate::str::new_str_counted(&text, text.len())
    }
}
