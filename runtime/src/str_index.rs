//! What is cached about a long str: its hash, and positions in it (code-point index ↔ byte
//! offset).
//!
//! A str is UTF-8, so in a non-ASCII text the byte offset of code point `i` is not `i`. Finding
//! it by walking from the start made every `s[i]`, `s[i:j]`, `s.find(x, i)` and `for c in s`
//! (which indexes) cost time proportional to the text's length: loops over a long text with
//! one `é` in it took quadratic time. A text longer than [`STRIDE`] code points gets, on the
//! first such lookup, an index of the byte offset of every `STRIDE`-th code point (an eighth of
//! a byte per code point); a lookup then walks at most `STRIDE - 1` code points from the
//! nearest entry. ASCII texts (byte offset = index) and short ones need none. Likewise the
//! hash of a str longer than [`LONG`] bytes is computed once (a long dict key is hashed at
//! every lookup).
//!
//! Both live in a side table keyed by the str's address, not in the str: most strs are short
//! words, and a larger header would cost every one of them memory and time. A str longer than
//! `LONG` bytes leaves the table when it is freed (`str_dealloc`) or grown in place (`s += t`).

use crate::object::Obj;
use crate::str::{as_str, char_len, is_ascii, StrObj};
use std::cell::RefCell;
use std::collections::HashMap;

/// Code points between two entries of an index.
pub(crate) const STRIDE: usize = 64;

/// Strs longer than this many bytes may have cached facts (an indexed text is longer: its
/// `STRIDE + 1` code points take at least as many bytes).
pub(crate) const LONG: usize = 64;

#[derive(Default)]
struct Facts {
    hash: Option<i64>,
    /// Entry `k`: the byte offset of code point `k * STRIDE`.
    index: Option<Box<[usize]>>,
}

/// Addresses are 16-byte aligned and distinct: they hash as themselves.
#[derive(Default)]
struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64 >> 4).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type Table = HashMap<usize, Facts, std::hash::BuildHasherDefault<AddrHasher>>;

thread_local! {
    static FACTS: RefCell<Table> = RefCell::new(Table::default());
}

/// Forgets what was cached about the str at `s` of `len` bytes (it is being freed, or its
/// text changes).
///
/// # Safety
/// `s` must be the address of a str (live, or being deallocated) of `len` bytes.
#[inline(always)]
pub(crate) unsafe fn forget(s: *mut Obj, len: usize) {
    if len > LONG {
        forget_long(s);
    }
}

#[inline(never)]
fn forget_long(s: *mut Obj) {
    FACTS.with(|t| {
        let mut t = t.borrow_mut();
        if !t.is_empty() {
            t.remove(&(s as usize));
        }
    });
}

/// `hash(s)` (untagged) of a str longer than [`LONG`] bytes, computed once.
///
/// # Safety
/// `s` must be a live str.
pub(crate) unsafe fn cached_hash(s: *mut Obj) -> i64 {
    let known = FACTS.with(|t| t.borrow().get(&(s as usize)).and_then(|f| f.hash));
    if let Some(h) = known {
        return h;
    }
    let h = crate::str::str_hash(as_str(s));
    FACTS.with(|t| t.borrow_mut().entry(s as usize).or_default().hash = Some(h));
    h
}

/// The number of entries of the index of a text of `nchars` code points.
fn entries(nchars: usize) -> usize {
    nchars / STRIDE + 1
}

/// Entry `k` of the index of `s` (built now if it has none yet).
unsafe fn index_entry(s: *mut Obj, k: usize) -> usize {
    index_with(s, |index| index[k])
}

/// `f` of the index of `s` (built now if it has none yet).
unsafe fn index_with<R>(s: *mut Obj, f: impl FnOnce(&[usize]) -> R) -> R {
    let key = s as usize;
    FACTS.with(|t| {
        let mut t = t.borrow_mut();
        let facts = t.entry(key).or_default();
        let index = facts.index.get_or_insert_with(|| {
            let n = entries(char_len(s));
            let mut offsets = Vec::with_capacity(n);
            for (k, (b, _)) in as_str(s).char_indices().enumerate() {
                if k % STRIDE == 0 {
                    offsets.push(b);
                }
            }
            if offsets.len() < n {
                // The length is a multiple of STRIDE: the last entry is the end.
                offsets.push(as_str(s).len());
            }
            offsets.into_boxed_slice()
        });
        f(index)
    })
}

/// Whether positions in `s` are worth an index: a non-ASCII text past one stride.
unsafe fn indexed(s: *mut Obj) -> bool {
    char_len(s) > STRIDE && !is_ascii(s)
}

/// The byte offset of code point `i` of `s` (its byte length when `i` is its length).
///
/// # Safety
/// `s` must be a live str; `i` at most its length in code points.
pub(crate) unsafe fn byte_of_char(s: *mut Obj, i: usize) -> usize {
    let t = as_str(s);
    if is_ascii(s) {
        return i;
    }
    if !indexed(s) {
        return t.char_indices().nth(i).map_or(t.len(), |(b, _)| b);
    }
    let from = index_entry(s, i / STRIDE);
    t[from..]
        .char_indices()
        .nth(i % STRIDE)
        .map_or(t.len(), |(b, _)| from + b)
}

/// The code-point index of byte offset `b` (a character boundary) of `s`.
///
/// # Safety
/// `s` must be a live str; `b` a character boundary of its text.
pub(crate) unsafe fn char_of_byte(s: *mut Obj, b: usize) -> usize {
    let t = as_str(s);
    if is_ascii(s) {
        return b;
    }
    if !indexed(s) {
        return t[..b].chars().count();
    }
    // The last entry at or before `b`.
    let (k, from) = index_with(s, |index| {
        let k = index.partition_point(|&e| e <= b) - 1;
        (k, index[k])
    });
    k * STRIDE + t[from..b].chars().count()
}

// (`StrObj` is named for the layout's sake: the cached facts are outside it.)
const _: () = assert!(std::mem::size_of::<StrObj>() == 32);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::str::new_str;

    #[test]
    fn positions_agree_with_walking() {
        // Other tests count live objects: allocate only while holding their lock.
        let _g = crate::exc::tests::lock();
        // Lengths around the stride and its multiples, with one-to-four-byte characters.
        for n in [0, 1, 63, 64, 65, 127, 128, 129, 300] {
            let text: String = (0..n)
                .map(|k| ['a', 'é', '€', '😀'][(k * 7 + k / 3) % 4])
                .collect();
            let s = new_str(&text);
            unsafe {
                for (i, (b, _)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
                    assert_eq!(byte_of_char(s, i), b, "n={n} i={i}");
                    assert_eq!(char_of_byte(s, b), i, "n={n} b={b}");
                }
                assert_eq!(crate::str::nx_str_hash(s), crate::str::str_hash(&text) << 1);
                assert_eq!(crate::str::nx_str_hash(s), crate::str::str_hash(&text) << 1);
                crate::list::decref(s);
            }
        }
        // Every str freed took its facts with it.
        FACTS.with(|t| assert!(t.borrow().is_empty()));
    }
}
