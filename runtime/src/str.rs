//! `str`: immutable UTF-8 text objects, their operations, and CPython's `repr()` of text.
//!
//! Layout: the object header, the length in bytes, the length in code points (equal to the byte
//! length exactly when the text is ASCII — the fast path for indexing later), then the UTF-8
//! bytes inline. What is cached about a long str (its hash, the position index of a non-ASCII
//! one) lives beside it (`str_index.rs`), so a short str pays nothing for it.
//! String literals are made once, immortal.

use crate::exc::raise;
use crate::int::{make_int, small};
use crate::object::{free_object, Obj, TypeInfo};
use natrix_abi::{ExcKind, IMMORTAL_REFCNT, INT_ERROR};
use std::alloc::Layout;
use std::cmp::Ordering;

/// A str object.
#[repr(C)]
pub struct StrObj {
    pub hdr: Obj,
    /// Length of `data` in bytes.
    pub len: usize,
    /// Length in code points.
    pub nchars: usize,
    data: [u8; 0],
}

const HEADER: usize = std::mem::size_of::<StrObj>();

/// The `str` type.
pub static STR_TYPE: TypeInfo = TypeInfo {
    name: "str",
    dealloc: str_dealloc,
    traverse: None,
    clear: None,
    repr: Some(str_repr_slot),
    str: Some(str_str_slot),
    hash: Some(str_hash_slot),
    eq: Some(str_eq_slot),
    compare: Some(str_compare_slot),
};

unsafe fn str_repr_slot(obj: *mut Obj) -> *mut Obj {
    new_str(&py_repr(as_str(obj)))
}

/// `str(s)` is `s` itself (a new reference).
unsafe fn str_str_slot(obj: *mut Obj) -> *mut Obj {
    (*obj).refcnt += 1;
    obj
}

unsafe fn str_hash_slot(obj: *mut Obj) -> i64 {
    nx_str_hash(obj)
}

/// Equal to another str with the same text; never equal to other types.
unsafe fn str_eq_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    (std::ptr::eq((*b).ty, &STR_TYPE) && nx_str_eq(a, b) != 0) as i64
}

/// Code-point order (UTF-8 byte order is code-point order); only against another str.
unsafe fn str_compare_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    if !std::ptr::eq((*b).ty, &STR_TYPE) {
        return crate::object::not_orderable_objs(a, b);
    }
    as_str(a).cmp(as_str(b)) as i64
}

fn layout_for(len: usize) -> Option<Layout> {
    let size = HEADER.checked_add(len)?;
    Layout::from_size_align(size, std::mem::align_of::<StrObj>()).ok()
}

unsafe fn str_dealloc(obj: *mut Obj) {
    let len = (*(obj as *mut StrObj)).len;
    crate::str_index::forget(obj, len);
    if let Some(layout) = layout_for(len) {
        free_object(obj, layout);
    }
}

/// Allocates an uninitialised str of `len` bytes and `nchars` code points, or raises MemoryError
/// and returns null.
unsafe fn alloc_str(len: usize, nchars: usize, refcnt: i64) -> *mut StrObj {
    let Some(layout) = layout_for(len) else {
        raise(ExcKind::MemoryError, "");
        return std::ptr::null_mut();
    };
    let p = std::alloc::alloc(layout) as *mut StrObj;
    if p.is_null() {
        raise(ExcKind::MemoryError, "");
        return p;
    }
    if refcnt < natrix_abi::IMMORTAL_REFCNT {
        crate::object::track_alloc();
    }
    p.write(StrObj {
        hdr: Obj {
            refcnt,
            ty: &STR_TYPE,
        },
        len,
        nchars,
        data: [],
    });
    p
}

unsafe fn data_mut(s: *mut StrObj) -> *mut u8 {
    (s as *mut u8).add(HEADER)
}

/// The text of a str object.
///
/// # Safety
/// `obj` must point to a live str object, which must outlive the returned reference.
pub unsafe fn as_str<'a>(obj: *const Obj) -> &'a str {
    let s = obj as *const StrObj;
    let bytes = std::slice::from_raw_parts((s as *const u8).add(HEADER), (*s).len);
    // SAFETY: str objects only ever hold valid UTF-8.
    std::str::from_utf8_unchecked(bytes)
}

/// Length in code points of a str object.
///
/// # Safety
/// `obj` must point to a live str object.
pub unsafe fn char_len(obj: *const Obj) -> usize {
    (*(obj as *const StrObj)).nchars
}

unsafe fn make(text: &str, nchars: usize, refcnt: i64) -> *mut Obj {
    let s = alloc_str(text.len(), nchars, refcnt);
    if s.is_null() {
        return std::ptr::null_mut();
    }
    std::ptr::copy_nonoverlapping(text.as_ptr(), data_mut(s), text.len());
    s as *mut Obj
}

/// A new str (reference count 1) holding `text`; null with MemoryError raised if allocation fails.
pub fn new_str(text: &str) -> *mut Obj {
    unsafe { make(text, text.chars().count(), 1) }
}

/// A new ASCII str of `len` bytes, each `byte(i)`: no intermediate buffer. Null with
/// MemoryError raised if allocation fails.
///
/// # Safety
/// Every byte `byte` returns must be ASCII.
pub unsafe fn new_ascii_str_with(len: usize, byte: impl Fn(usize) -> u8) -> *mut Obj {
    let s = alloc_str(len, len, 1);
    if s.is_null() {
        return std::ptr::null_mut();
    }
    let d = data_mut(s);
    for i in 0..len {
        debug_assert!(byte(i).is_ascii());
        *d.add(i) = byte(i);
    }
    s as *mut Obj
}

/// The str of one ASCII character, as a new reference: one immortal object per character,
/// made on first use (CPython shares these too), so `s[i]` and `for c in s` over ASCII text
/// allocate nothing.
pub fn ascii_char(b: u8) -> *mut Obj {
    use std::sync::atomic::{AtomicPtr, Ordering::Relaxed};
    static CHARS: [AtomicPtr<Obj>; 128] = [const { AtomicPtr::new(std::ptr::null_mut()) }; 128];
    debug_assert!(b.is_ascii());
    let slot = &CHARS[(b & 0x7f) as usize];
    let mut o = slot.load(Relaxed);
    if o.is_null() {
        o = unsafe { nx_str_literal(&b, 1) };
        slot.store(o, Relaxed);
    }
    o
}

/// [`new_str`] of a text whose number of code points the caller knows, so it is not counted:
/// `nchars` must be exactly that number (the length of an ASCII text, or a sum of known counts).
pub fn new_str_counted(text: &str, nchars: usize) -> *mut Obj {
    debug_assert_eq!(text.chars().count(), nchars);
    unsafe { make(text, nchars, 1) }
}

/// Whether the str holds only ASCII (one byte per code point): then so does every part of it.
///
/// # Safety
/// `obj` must be a live str.
pub unsafe fn is_ascii(obj: *const Obj) -> bool {
    char_len(obj) == (*(obj as *const StrObj)).len
}

/// `ascii()` applied to a repr: every non-ASCII character escaped as CPython escapes it.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_str_ascii(s: *mut Obj) -> *mut Obj {
    let mut out = String::new();
    for c in as_str(s).chars() {
        let v = c as u32;
        match v {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{v:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{v:04x}")),
            _ => out.push_str(&format!("\\U{v:08x}")),
        }
    }
    new_str(&out)
}

/// An immortal str from UTF-8 bytes (string literals). Invalid UTF-8 (never produced by the
/// compiler) is replaced by U+FFFD rather than trusted.
///
/// # Safety
/// `bytes` must point to `len` readable bytes (or `len` must be 0).
#[no_mangle]
pub unsafe extern "C" fn nx_str_literal(bytes: *const u8, len: i64) -> *mut Obj {
    let raw: &[u8] = if bytes.is_null() || len <= 0 {
        &[]
    } else {
        std::slice::from_raw_parts(bytes, len as usize)
    };
    let text = String::from_utf8_lossy(raw);
    let obj = make(&text, text.chars().count(), IMMORTAL_REFCNT);
    if obj.is_null() {
        crate::exc::fatal("out of memory while creating string literals");
    }
    obj
}

/// `s = s + t` (or `s += t`) of a str variable: takes over the variable's reference to `a` and
/// returns a new reference to the result (null with MemoryError raised, `a` released).
///
/// # Safety
/// `a` and `b` must be live str objects; the caller's reference to `a` is consumed.
#[no_mangle]
pub unsafe extern "C" fn nx_str_iadd(a: *mut Obj, b: *mut Obj) -> *mut Obj {
    if (*a).refcnt == 1 && a != b {
        // Nothing else sees `a`: grow it in place (the allocator often extends the block
        // without copying), as CPython's `s += t` does.
        let (la, lb) = ((*(a as *mut StrObj)).len, (*(b as *mut StrObj)).len);
        let (Some(len), Some(old)) = (la.checked_add(lb), layout_for(la)) else {
            crate::list::decref(a);
            raise(ExcKind::MemoryError, "");
            return std::ptr::null_mut();
        };
        let Some(new) = layout_for(len) else {
            crate::list::decref(a);
            raise(ExcKind::MemoryError, "");
            return std::ptr::null_mut();
        };
        // What was cached about the old text goes (the block may move, the text grows).
        crate::str_index::forget(a, la);
        let p = std::alloc::realloc(a as *mut u8, old, new.size()) as *mut StrObj;
        if p.is_null() {
            crate::list::decref(a);
            raise(ExcKind::MemoryError, "");
            return std::ptr::null_mut();
        }
        let src = std::slice::from_raw_parts(data_mut(b as *mut StrObj), lb);
        std::ptr::copy_nonoverlapping(src.as_ptr(), data_mut(p).add(la), lb);
        (*p).len = len;
        (*p).nchars += (*(b as *mut StrObj)).nchars;
        return p as *mut Obj;
    }
    let r = nx_str_concat(a, b);
    crate::list::decref(a);
    r
}

/// `a + b + c + …` of `n` strs (an f-string, a chain of `+`): one new str, every piece copied
/// once.
///
/// # Safety
/// `parts` must point to `n` live str pointers.
#[no_mangle]
pub unsafe extern "C" fn nx_str_concat_n(parts: *const u8, n: i64) -> *mut Obj {
    let parts = std::slice::from_raw_parts(parts as *const *mut Obj, n.max(0) as usize);
    let (mut len, mut nchars) = (0usize, 0usize);
    for &p in parts {
        let Some(l) = len.checked_add((*(p as *mut StrObj)).len) else {
            raise(ExcKind::MemoryError, "");
            return std::ptr::null_mut();
        };
        len = l;
        nchars += char_len(p);
    }
    let s = alloc_str(len, nchars, 1);
    if s.is_null() {
        return s as *mut Obj;
    }
    let mut d = data_mut(s);
    for &p in parts {
        let t = as_str(p);
        std::ptr::copy_nonoverlapping(t.as_ptr(), d, t.len());
        d = d.add(t.len());
    }
    s as *mut Obj
}

/// `a + b` of two strs: a new str.
///
/// # Safety
/// Both must be live strs.
#[no_mangle]
pub unsafe extern "C" fn nx_str_concat(a: *mut Obj, b: *mut Obj) -> *mut Obj {
    let (x, y) = (as_str(a), as_str(b));
    let Some(len) = x.len().checked_add(y.len()) else {
        raise(ExcKind::MemoryError, "");
        return std::ptr::null_mut();
    };
    let s = alloc_str(len, char_len(a) + char_len(b), 1);
    if s.is_null() {
        return s as *mut Obj;
    }
    let d = data_mut(s);
    std::ptr::copy_nonoverlapping(x.as_ptr(), d, x.len());
    std::ptr::copy_nonoverlapping(y.as_ptr(), d.add(x.len()), y.len());
    s as *mut Obj
}

/// `s * n` (a count <= 0 gives the empty string).
///
/// # Safety
/// `s` must be a live str object.
#[no_mangle]
pub unsafe extern "C" fn nx_str_repeat(s: *mut Obj, n: i64) -> *mut Obj {
    let Some(n) = small(n) else {
        raise(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        );
        return std::ptr::null_mut();
    };
    let text = as_str(s);
    let n = n.max(0) as usize;
    if n == 0 || text.is_empty() {
        return new_str("");
    }
    let len = match text.len().checked_mul(n) {
        Some(len) if len <= isize::MAX as usize - HEADER => len,
        _ => {
            raise(ExcKind::MemoryError, "");
            return std::ptr::null_mut();
        }
    };
    let r = alloc_str(len, char_len(s) * n, 1);
    if r.is_null() {
        return r as *mut Obj;
    }
    let d = data_mut(r);
    let chunk = text.len();
    std::ptr::copy_nonoverlapping(text.as_ptr(), d, chunk);
    // Double the filled prefix until done.
    let mut filled = chunk;
    while filled < len {
        let c = filled.min(len - filled);
        std::ptr::copy_nonoverlapping(d, d.add(filled), c);
        filled += c;
    }
    r as *mut Obj
}

/// `a == b`.
///
/// # Safety
/// `a` and `b` must be live str objects.
#[no_mangle]
pub unsafe extern "C" fn nx_str_eq(a: *mut Obj, b: *mut Obj) -> u8 {
    (a == b || as_str(a) == as_str(b)) as u8
}

/// -1, 0 or 1 by code-point order (which UTF-8 byte order preserves).
///
/// # Safety
/// `a` and `b` must be live str objects.
#[no_mangle]
pub unsafe extern "C" fn nx_str_compare(a: *mut Obj, b: *mut Obj) -> i64 {
    match as_str(a).as_bytes().cmp(as_str(b).as_bytes()) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// `len(s)`, tagged.
///
/// # Safety
/// `s` must be a live str object.
#[no_mangle]
pub unsafe extern "C" fn nx_str_len(s: *mut Obj) -> i64 {
    let r = make_int(char_len(s) as i128);
    if r == INT_ERROR {
        // Unreachable: no string has 2^62 code points.
        crate::exc::take_pending();
        return 0;
    }
    r
}

/// A deterministic hash of text (FNV-1a over the UTF-8 bytes, reduced to the small-int range).
/// CPython randomises str hashes per process, so no value can match it anyway.
pub fn str_hash(text: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let h = (h as i64) >> 2; // fits a small int
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(s)`, tagged; of a long str, computed once (a dict key is hashed at every lookup).
///
/// # Safety
/// `s` must be a live str object.
#[no_mangle]
pub unsafe extern "C" fn nx_str_hash(s: *mut Obj) -> i64 {
    if (*(s as *mut StrObj)).len > crate::str_index::LONG {
        return crate::str_index::cached_hash(s) << 1;
    }
    str_hash(as_str(s)) << 1
}

/// CPython's `repr(str)`: single quotes unless the text contains `'` and no `"`; `\\`, `\n`, `\r`,
/// `\t` escaped; other non-printable characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`; printable
/// non-ASCII kept.
pub fn py_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if !c.is_ascii() && crate::unicode::is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, take};
    use crate::object::nx_dealloc;

    unsafe fn release(o: *mut Obj) {
        (*o).refcnt -= 1;
        if (*o).refcnt == 0 {
            nx_dealloc(o);
        }
    }

    fn lit(s: &str) -> *mut Obj {
        unsafe { nx_str_literal(s.as_ptr(), s.len() as i64) }
    }

    #[test]
    fn repr_cases() {
        // python3 -c "print(repr('a'), repr(\"it's\"), repr('say \"hi\"'), repr('both \\' \"'), ...)"
        let cases: &[(&str, &str)] = &[
            ("a", "'a'"),
            ("", "''"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' \"", "'both \\' \"'"),
            ("back\\slash", "'back\\\\slash'"),
            ("t\tn\nr\r", "'t\\tn\\nr\\r'"),
            ("\x00\x07\x1b\x7f", "'\\x00\\x07\\x1b\\x7f'"),
            ("\u{85}\u{a0}é", "'\\x85\\xa0é'"),
            ("日本語", "'日本語'"),
            ("\u{200b}\u{2028}", "'\\u200b\\u2028'"),
            ("\u{e000}", "'\\ue000'"),
            ("\u{10ffff}", "'\\U0010ffff'"),
            ("😀", "'😀'"),
            ("\u{1f970}", "'\u{1f970}'"),
            ("\u{1faf8}", "'\\U0001faf8'"),
            ("'\"", "'\\'\"'"),
        ];
        for (s, want) in cases {
            assert_eq!(py_repr(s), *want, "{s:?}");
        }
    }

    #[test]
    fn concat_repeat_len() {
        let _g = lock();
        unsafe {
            let a = lit("héllo");
            assert_eq!((*a).refcnt, IMMORTAL_REFCNT);
            assert_eq!(nx_str_len(a) >> 1, 5);
            let b = lit(", wörld");
            let c = nx_str_concat(a, b);
            assert_eq!(as_str(c), "héllo, wörld");
            assert_eq!(nx_str_len(c) >> 1, 12);
            assert_eq!((*c).refcnt, 1);
            let r = nx_str_repeat(b, 3 << 1);
            assert_eq!(as_str(r), ", wörld, wörld, wörld");
            assert_eq!(nx_str_len(r) >> 1, 21);
            let e = nx_str_repeat(b, -4 << 1);
            assert_eq!(as_str(e), "");
            let big = nx_str_repeat(b, natrix_abi::SMALL_INT_MAX << 1);
            assert!(big.is_null());
            assert_eq!(take().map(|e| e.0), Some("MemoryError"));
            let empty = lit("");
            let e2 = nx_str_repeat(empty, natrix_abi::SMALL_INT_MAX << 1);
            assert_eq!(as_str(e2), "");
            for o in [c, r, e, e2] {
                release(o);
            }
            let bad = nx_str_literal(b"a\xffb".as_ptr(), 3);
            assert_eq!(as_str(bad), "a\u{fffd}b");
            assert_eq!(take(), None);
        }
    }

    #[test]
    fn compare_eq_hash() {
        unsafe {
            let (a, b, c, d) = (lit("abc"), lit("abd"), lit("abc"), lit("\u{ffff}"));
            let e = lit("\u{10000}");
            assert_eq!(nx_str_eq(a, c), 1);
            assert_eq!(nx_str_eq(a, b), 0);
            assert_eq!(nx_str_compare(a, b), -1);
            assert_eq!(nx_str_compare(b, a), 1);
            assert_eq!(nx_str_compare(a, c), 0);
            assert_eq!(nx_str_compare(lit("ab"), a), -1);
            assert_eq!(nx_str_compare(d, e), -1);
            assert_eq!(nx_str_hash(a), nx_str_hash(c));
            assert_ne!(nx_str_hash(a), nx_str_hash(b));
            assert_eq!(nx_str_hash(a) & 1, 0);
        }
    }
}
