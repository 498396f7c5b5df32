//! Slice-index adjustment shared by every sequence type (`list`, `str`): CPython's
//! `PySlice_Unpack` + `PySlice_AdjustIndices`.

use crate::exc::raise;
use crate::int::{view, IntRef};
use natrix_abi::ExcKind;
use num_traits::ToPrimitive;

/// A slice bound: given as a tagged int (big ones clamped to the i64 range), or absent (not
/// given, or given as an `Optional[int]` that is None: `s[:k]` of a `k` that may be None).
#[inline]
pub unsafe fn bound(given: bool, v: i64) -> Option<i64> {
    if !given || v == natrix_abi::OPT_INT_NONE {
        return None;
    }
    Some(match view(v) {
        IntRef::Small(x) => x,
        IntRef::Big(b) => {
            b.to_i64()
                .unwrap_or(if crate::int::sign_of(b) == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                })
        }
    })
}

pub use natrix_abi::slice_indices;

/// The bounds of `seq[start:stop:step]` (tagged ints), each `None` unless bit 0/1/2 of `has`
/// says it was given.
///
/// # Safety
/// The given bounds must be valid tagged ints.
pub unsafe fn given(
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) -> (Option<i64>, Option<i64>, Option<i64>) {
    (
        bound(has & 1 != 0, start),
        bound(has & 2 != 0, stop),
        bound(has & 4 != 0, step),
    )
}

/// Resolves `seq[start:stop:step]` over a sequence of `len` items, where bit 0/1/2 of `has` say
/// whether start/stop/step were given (tagged ints): `(start, step, count)`, or None with
/// ValueError "slice step cannot be zero" raised.
///
/// # Safety
/// The given bounds must be valid tagged ints.
#[inline(always)]
pub unsafe fn adjust_slice(
    len: usize,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) -> Option<(i64, i64, usize)> {
    let (start, stop, step) = given(start, stop, step, has);
    let r = slice_indices(len, start, stop, step);
    if r.is_none() {
        raise(ExcKind::ValueError, "slice step cannot be zero");
    }
    r
}
