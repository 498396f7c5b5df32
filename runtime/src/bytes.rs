//! `bytes`: an immutable sequence of byte values, with `str.encode` and `bytes.decode` for the
//! codecs programs name (`utf-8`, `ascii`, `latin-1`), and CPython's repr and errors.

use crate::exc::raise;
use crate::int::{small, tag};
use crate::list::{new_list, ListObj};
use crate::object::{free_object, track_alloc, Obj, TypeInfo};
use crate::str::{as_str, new_str};
use natrix_abi::{ElemKind, ExcKind};
use std::alloc::Layout;

#[repr(C)]
pub struct BytesObj {
    pub hdr: Obj,
    pub data: Vec<u8>,
}

pub static BYTES_TYPE: TypeInfo = TypeInfo {
    name: "bytes",
    dealloc: bytes_dealloc,
    traverse: None,
    clear: None,
    repr: Some(bytes_repr_slot),
    str: None,
    hash: Some(bytes_hash_slot),
    eq: Some(bytes_eq_slot),
    compare: Some(bytes_compare_slot),
};

unsafe fn bytes_dealloc(obj: *mut Obj) {
    std::ptr::drop_in_place(&mut (*(obj as *mut BytesObj)).data);
    free_object(obj, Layout::new::<BytesObj>());
}

/// A new bytes object holding `data`.
pub fn new_bytes(data: Vec<u8>) -> *mut Obj {
    let layout = Layout::new::<BytesObj>();
    // SAFETY: non-zero-sized layout; every field is written before the pointer escapes.
    unsafe {
        let p = std::alloc::alloc(layout) as *mut BytesObj;
        if p.is_null() {
            std::process::abort();
        }
        track_alloc();
        std::ptr::write(
            p,
            BytesObj {
                hdr: Obj {
                    refcnt: 1,
                    ty: &BYTES_TYPE,
                },
                data,
            },
        );
        p as *mut Obj
    }
}

/// The bytes of a bytes object.
///
/// # Safety
/// `obj` must be a live bytes object, not freed while the slice is used.
pub unsafe fn as_bytes<'a>(obj: *mut Obj) -> &'a [u8] {
    &(*(obj as *mut BytesObj)).data
}

/// Whether `obj` is a bytes object.
///
/// # Safety
/// `obj` must point to a live object.
pub unsafe fn is_bytes(obj: *const Obj) -> bool {
    std::ptr::eq((*obj).ty, &BYTES_TYPE)
}

/// CPython's `repr(b)`: `b'…'`, double quotes when the bytes hold `'` and no `"`, printable
/// ASCII as itself, `\t \n \r \\` and `\xNN` for the rest.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::with_capacity(data.len() + 3);
    s.push('b');
    s.push(quote);
    for &b in data {
        match b {
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\\' => s.push_str("\\\\"),
            _ if b as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s.push(quote);
    s
}

unsafe fn bytes_repr_slot(obj: *mut Obj) -> *mut Obj {
    new_str(&bytes_repr(as_bytes(obj)))
}

/// The same hash as a str of the same (ASCII) text, as in CPython (tagged, as every hash
/// slot returns it).
unsafe fn bytes_hash_slot(obj: *mut Obj) -> i64 {
    bytes_hash(as_bytes(obj)) << 1
}

fn bytes_hash(data: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let h = (h as i64) >> 2;
    if h == -1 {
        -2
    } else {
        h
    }
}

unsafe fn bytes_eq_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    (is_bytes(b) && as_bytes(a) == as_bytes(b)) as i64
}

unsafe fn bytes_compare_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    if !is_bytes(b) {
        return crate::object::not_orderable_objs(a, b);
    }
    as_bytes(a).cmp(as_bytes(b)) as i64
}

/// A bytes literal: the compiler passes its bytes as the code points U+0000..U+00FF of a str.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_literal(s: *mut Obj) -> *mut Obj {
    new_bytes(as_str(s).chars().map(|c| c as u32 as u8).collect())
}

/// `len(b)`, tagged.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_len(b: *mut Obj) -> i64 {
    tag(as_bytes(b).len() as i64)
}

/// `b[i]`: the byte as an int; IndexError out of range.
///
/// # Safety
/// `b` must be a live bytes object, `i` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_getitem(b: *mut Obj, i: i64) -> i64 {
    let data = as_bytes(b);
    let n = data.len() as i64;
    let k = small(i).map(|k| if k < 0 { k + n } else { k });
    match k {
        Some(k) if (0..n).contains(&k) => tag(data[k as usize] as i64),
        _ => {
            raise(ExcKind::IndexError, "index out of range");
            natrix_abi::INT_ERROR
        }
    }
}

/// `b[start:stop:step]`; bit 0/1/2 of `has` say whether start/stop/step were given.
///
/// # Safety
/// `b` must be a live bytes object; the given bounds valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_slice(
    b: *mut Obj,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) -> *mut Obj {
    let data = as_bytes(b);
    let Some((start, step, count)) = crate::slice::adjust_slice(data.len(), start, stop, step, has)
    else {
        return std::ptr::null_mut();
    };
    let out = (0..count as i64)
        .map(|k| data[(start + k * step) as usize])
        .collect();
    new_bytes(out)
}

/// `a + b`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_concat(a: *mut Obj, b: *mut Obj) -> *mut Obj {
    let mut v = as_bytes(a).to_vec();
    v.extend_from_slice(as_bytes(b));
    new_bytes(v)
}

/// `b * n`.
///
/// # Safety
/// `b` must be a live bytes object, `n` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_repeat(b: *mut Obj, n: i64) -> *mut Obj {
    let data = as_bytes(b);
    let n = small(n).unwrap_or(i64::MAX).max(0) as usize;
    match data.len().checked_mul(n) {
        Some(total) if total < 1 << 40 => new_bytes(data.repeat(n)),
        _ => {
            raise(ExcKind::MemoryError, "");
            std::ptr::null_mut()
        }
    }
}

/// `a <op> b` of two bytes objects (`op` a `natrix_abi` comparison code, tagged).
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_cmp(a: *mut Obj, b: *mut Obj, op: i64) -> u8 {
    let o = as_bytes(a).cmp(as_bytes(b));
    use std::cmp::Ordering::*;
    (match op >> 1 {
        0 => o == Equal,
        1 => o != Equal,
        2 => o == Less,
        3 => o != Greater,
        4 => o == Greater,
        _ => o != Less,
    }) as u8
}

/// `x in b` for an int `x`: ValueError outside 0..256.
///
/// # Safety
/// `b` must be a live bytes object, `x` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_contains(b: *mut Obj, x: i64) -> u8 {
    match small(x) {
        Some(v) if (0..256).contains(&v) => as_bytes(b).contains(&(v as u8)) as u8,
        _ => {
            raise(ExcKind::ValueError, "byte must be in range(0, 256)");
            0
        }
    }
}

/// `sub in b` of two bytes objects: `sub` occurs in `b`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_contains_bytes(b: *mut Obj, sub: *mut Obj) -> u8 {
    crate::bytes_methods::find_from(as_bytes(b), as_bytes(sub), 0).is_some() as u8
}

/// `bytes(ints)` of a list of ints: ValueError outside 0..256.
///
/// # Safety
/// `l` must be a live list of ints.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_from_list(l: *mut Obj) -> *mut Obj {
    let items = crate::list::items(l as *const ListObj);
    let mut out = Vec::with_capacity(items.len());
    for &v in items {
        match small(v) {
            Some(x) if (0..256).contains(&x) => out.push(x as u8),
            _ => {
                raise(ExcKind::ValueError, "bytes must be in range(0, 256)");
                return std::ptr::null_mut();
            }
        }
    }
    new_bytes(out)
}

/// `bytes(n)`: `n` zero bytes; ValueError for a negative count.
///
/// # Safety
/// `n` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_zeros(n: i64) -> *mut Obj {
    match small(n) {
        Some(k) if k < 0 => {
            raise(ExcKind::ValueError, "negative count");
            std::ptr::null_mut()
        }
        Some(k) if k < 1 << 40 => new_bytes(vec![0; k as usize]),
        _ => {
            raise(ExcKind::MemoryError, "");
            std::ptr::null_mut()
        }
    }
}

/// `list(b)` (and iteration): the byte values as a new list of ints.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_to_list(b: *mut Obj) -> *mut Obj {
    let data = as_bytes(b);
    let l = new_list(ElemKind::Int, data.len());
    if l.is_null() {
        return std::ptr::null_mut();
    }
    for &x in data {
        crate::list::nx_list_append(l as *mut Obj, tag(x as i64));
    }
    l as *mut Obj
}

/// `b.hex()`.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_hex(b: *mut Obj) -> *mut Obj {
    let s: String = as_bytes(b).iter().map(|x| format!("{x:02x}")).collect();
    new_str(&s)
}

/// `sep.join(parts)` of a list of bytes objects.
///
/// # Safety
/// `sep` must be a live bytes object and `parts` a live list of bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_join(sep: *mut Obj, parts: *mut Obj) -> *mut Obj {
    let sep = as_bytes(sep);
    let mut out = Vec::new();
    for (i, &p) in crate::list::items(parts as *const ListObj)
        .iter()
        .enumerate()
    {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(as_bytes(p as *mut Obj));
    }
    new_bytes(out)
}

/// `b.startswith(prefix)`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_startswith(b: *mut Obj, prefix: *mut Obj) -> u8 {
    as_bytes(b).starts_with(as_bytes(prefix)) as u8
}

/// `b.endswith(suffix)`.
///
/// # Safety
/// Both must be live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_endswith(b: *mut Obj, suffix: *mut Obj) -> u8 {
    as_bytes(b).ends_with(as_bytes(suffix)) as u8
}

/// `hash(b)`, tagged.
///
/// # Safety
/// `b` must be a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn nx_bytes_hash(b: *mut Obj) -> i64 {
    bytes_hash(as_bytes(b)) << 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::python;

    #[test]
    fn repr_matches_cpython() {
        let cases: Vec<Vec<u8>> = vec![
            b"hello".to_vec(),
            b"it's".to_vec(),
            b"both ' and \"".to_vec(),
            vec![0, 7, 9, 10, 13, 27, 92, 127, 128, 200, 255],
            vec![],
        ];
        let input: String = cases
            .iter()
            .map(|c| {
                let ints: Vec<String> = c.iter().map(|b| b.to_string()).collect();
                format!("{}\n", ints.join(","))
            })
            .collect();
        let script = "import sys\nfor l in sys.stdin:\n  l = l.strip()\n  print(repr(bytes(int(x) for x in l.split(',')) if l else b''))";
        let Some(want) = python(script, &input) else {
            return;
        };
        let got: Vec<String> = cases.iter().map(|c| bytes_repr(c)).collect();
        assert_eq!(got, want);
    }
}
