//! Positions in a str: code-point index ↔ byte offset.
//!
//! A str is UTF-8, so in a non-ASCII text the byte offset of code point `i` is not `i`. Finding
//! it by walking from the start made every `s[i]`, `s[i:j]`, `s.find(x, i)` and `for c in s`
//! (which indexes) cost time proportional to the text's length: loops over a long text with
//! one `é` in it took quadratic time. A text longer than [`STRIDE`] code points gets, on the
//! first such lookup, an index of the byte offset of every `STRIDE`-th code point (an eighth of
//! a byte per code point); a lookup then walks at most `STRIDE - 1` code points from the
//! nearest entry. ASCII texts (byte offset = index) and short ones need none. The index lives
//! as long as the str (`str_dealloc`); `s += t` growing a str in place drops it.

use crate::object::Obj;
use crate::str::{as_str, char_len, is_ascii, StrObj};

/// Code points between two entries of an index.
pub(crate) const STRIDE: usize = 64;

/// The number of entries of the index of a text of `nchars` code points.
fn entries(nchars: usize) -> usize {
    nchars / STRIDE + 1
}

/// Frees the index of `s`, if it has one.
///
/// # Safety
/// `s` must be a str object (live, or being deallocated).
pub(crate) unsafe fn drop_index(s: *mut StrObj) {
    let index = (*s).index;
    if !index.is_null() {
        let n = entries((*s).nchars);
        drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(index, n)));
        (*s).index = std::ptr::null_mut();
    }
}

/// The index of `s` (built now if it has none yet): entry `k` is the byte offset of code
/// point `k * STRIDE`.
unsafe fn index_of<'a>(s: *mut Obj) -> &'a [usize] {
    let o = s as *mut StrObj;
    let n = entries((*o).nchars);
    if (*o).index.is_null() {
        let mut offsets = Vec::with_capacity(n);
        for (k, (b, _)) in as_str(s).char_indices().enumerate() {
            if k % STRIDE == 0 {
                offsets.push(b);
            }
        }
        if offsets.len() < n {
            // `nchars` is a multiple of STRIDE: the last entry is the end.
            offsets.push((*o).len);
        }
        (*o).index = Box::into_raw(offsets.into_boxed_slice()) as *mut usize;
    }
    std::slice::from_raw_parts((*o).index, n)
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
    let from = index_of(s)[i / STRIDE];
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
    let k = index_of(s).partition_point(|&e| e <= b) - 1;
    let from = index_of(s)[k];
    k * STRIDE + t[from..b].chars().count()
}

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
                crate::list::decref(s);
            }
        }
    }
}
