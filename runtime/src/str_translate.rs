//! `str.maketrans(x, y[, z])` and `s.translate(table)`: a table is a dict from code points to
//! code points, strs or `None`, whatever element kinds the compiler chose for it.

use crate::dict::{get_borrowed, kinds, nx_dict_new, nx_dict_set};
use crate::dynamic::boxed;
use crate::exc::raise;
use crate::list::{decref_elem, val, Val};
use crate::object::Obj;
use crate::str::{as_str, char_len, new_str, STR_TYPE};
use natrix_abi::{ElemKind, ExcKind};

/// The bits `v` has in a slot of `kind` (a new reference for an object slot), or `None` when
/// no slot of that kind can hold it.
unsafe fn slot_bits(kind: ElemKind, v: Val) -> Option<i64> {
    match (kind, v) {
        (ElemKind::Int | ElemKind::OptInt, Val::Int(i)) => Some(i),
        (ElemKind::OptInt, Val::None) => Some(natrix_abi::OPT_INT_NONE),
        (ElemKind::None, Val::None) => Some(0),
        (ElemKind::Obj, v) => Some(boxed(v) as i64),
        _ => None,
    }
}

/// `str.maketrans(x, y)` and, with `z` (empty when absent), `str.maketrans(x, y, z)`: a new
/// dict with keys of `key_kind` and values of `val_kind` (element kind codes, as tagged ints)
/// mapping each
/// character of `x` to the one at the same place in `y`, and each of `z` to `None`.
///
/// # Safety
/// `x`, `y` and `z` must be live strs; the kinds must be ones a dict from ints to
/// ints (optional ints when `z` is given) can have.
#[no_mangle]
pub unsafe extern "C" fn nx_str_maketrans(
    x: *mut Obj,
    y: *mut Obj,
    z: *mut Obj,
    key_kind: i64,
    val_kind: i64,
) -> *mut Obj {
    if char_len(x) != char_len(y) {
        raise(
            ExcKind::ValueError,
            "the first two maketrans arguments must have equal length",
        );
        return std::ptr::null_mut();
    }
    let d = nx_dict_new(key_kind >> 1, val_kind >> 1);
    if d.is_null() {
        return d;
    }
    let (kk, vk) = kinds(d);
    let code = |c: char| Val::Int((c as i64) << 1);
    let pairs = as_str(x).chars().zip(as_str(y).chars());
    let pairs = pairs.map(|(a, b)| (code(a), code(b)));
    let pairs = pairs.chain(as_str(z).chars().map(|c| (code(c), Val::None)));
    for (k, v) in pairs {
        let (Some(kb), Some(vb)) = (slot_bits(kk, k), slot_bits(vk, v)) else {
            unreachable!("maketrans: a table of kinds {kk:?} and {vk:?}");
        };
        nx_dict_set(d, kb, vb);
        decref_elem(kk, kb);
        decref_elem(vk, vb);
        if crate::exc::pending_kind().is_some() {
            crate::list::decref(d);
            return std::ptr::null_mut();
        }
    }
    d
}

/// `str.maketrans(mapping)`: a new dict with keys of `key_kind` and values of `val_kind`
/// (element kind codes, as tagged ints) mapping each key of `mapping` (a character, as its
/// code point, or an int) to its value; CPython's errors for other keys.
///
/// # Safety
/// `mapping` must be a live dict; the kinds must be ones that hold its keys' code points and
/// its values.
#[no_mangle]
pub unsafe extern "C" fn nx_str_maketrans_dict(
    mapping: *mut Obj,
    key_kind: i64,
    val_kind: i64,
) -> *mut Obj {
    let d = nx_dict_new(key_kind >> 1, val_kind >> 1);
    if d.is_null() {
        return d;
    }
    let ((mk, mv), (kk, vk)) = (kinds(mapping), kinds(d));
    let keys = crate::dict_views::nx_dict_keys(mapping);
    if keys.is_null() {
        crate::list::decref(d);
        return keys;
    }
    let mut ok = true;
    for &kb in crate::list::items(keys as *const crate::list::ListObj) {
        let code = match val(mk, kb) {
            Val::Int(i) => Val::Int(i),
            Val::Bool(b) => Val::Int((b as i64) << 1),
            Val::Obj(s) if std::ptr::eq((*s).ty, &STR_TYPE) && char_len(s) == 1 => {
                let c = as_str(s).chars().next().unwrap_or('\0');
                Val::Int((c as i64) << 1)
            }
            Val::Obj(s) if std::ptr::eq((*s).ty, &STR_TYPE) => {
                raise(
                    ExcKind::ValueError,
                    "string keys in translate table must be of length 1",
                );
                ok = false;
                break;
            }
            _ => {
                raise(
                    ExcKind::TypeError,
                    "keys in translate table must be strings or integers",
                );
                ok = false;
                break;
            }
        };
        let Ok(Some(vb)) = get_borrowed(mapping, kb) else {
            ok = false;
            break;
        };
        let (Some(kb), Some(vb)) = (slot_bits(kk, code), slot_bits(vk, val(mv, vb))) else {
            unreachable!("maketrans: a table of kinds {kk:?} and {vk:?}");
        };
        nx_dict_set(d, kb, vb);
        decref_elem(kk, kb);
        decref_elem(vk, vb);
        if crate::exc::pending_kind().is_some() {
            ok = false;
            break;
        }
    }
    crate::list::decref(keys);
    if !ok {
        crate::list::decref(d);
        return std::ptr::null_mut();
    }
    d
}

/// `s.translate(table)`: each character whose code point the table maps is replaced by the
/// character of the code point or the str it maps to, or dropped when it maps to `None`;
/// CPython's errors for any other value or a code point out of range.
///
/// # Safety
/// `s` must be a live str and `table` a live dict.
#[no_mangle]
pub unsafe extern "C" fn nx_str_translate(s: *mut Obj, table: *mut Obj) -> *mut Obj {
    let (kk, vk) = kinds(table);
    let text = as_str(s);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // (A table whose keys are of a kind no int has maps nothing.)
        let Some(key) = slot_bits(kk, Val::Int((c as i64) << 1)) else {
            out.push(c);
            continue;
        };
        let found = get_borrowed(table, key);
        decref_elem(kk, key);
        let ok = match found {
            Err(()) => false,
            Ok(None) => {
                out.push(c);
                true
            }
            Ok(Some(bits)) => push_mapped(&mut out, val(vk, bits)),
        };
        if !ok {
            return std::ptr::null_mut();
        }
    }
    new_str(&out)
}

/// Appends what a table maps a character to; `false` after raising.
unsafe fn push_mapped(out: &mut String, v: Val) -> bool {
    match v {
        Val::None => true,
        Val::Int(i) => match crate::int::small(i).and_then(|n| u32::try_from(n).ok()) {
            Some(n) if n < 0x110000 => {
                // A lone surrogate cannot be in a Rust string; natrix's strs are UTF-8.
                out.push(char::from_u32(n).unwrap_or('\u{FFFD}'));
                true
            }
            _ => {
                raise(
                    ExcKind::ValueError,
                    "character mapping must be in range(0x110000)",
                );
                false
            }
        },
        Val::Bool(b) => {
            out.push(if b { '\u{1}' } else { '\u{0}' });
            true
        }
        Val::Obj(o) if std::ptr::eq((*o).ty, &STR_TYPE) => {
            out.push_str(as_str(o));
            true
        }
        _ => {
            raise(
                ExcKind::TypeError,
                "character mapping must return integer, None or str",
            );
            false
        }
    }
}
