//! Slice-index adjustment shared by every sequence type (`list`, `str`): CPython's
//! `PySlice_Unpack` + `PySlice_AdjustIndices`.

use crate::exc::raise;
use crate::int::{view, IntRef};
use natrix_abi::ExcKind;
use num_traits::ToPrimitive;

/// A slice bound: given as a tagged int (big ones clamped to the i64 range), or absent.
pub unsafe fn bound(given: bool, v: i64) -> Option<i64> {
    if !given {
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

/// CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`: (start, step, count).
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Option<(i64, i64, usize)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let step = step.max(-i64::MAX) as i128;
    let len = len as i128;
    let adjust = |v: Option<i64>, default_neg: i128, default_pos: i128| -> i128 {
        match v {
            None => {
                if step < 0 {
                    default_neg
                } else {
                    default_pos
                }
            }
            Some(v) => {
                let v = v as i128;
                if v < 0 {
                    let v = v + len;
                    if v < 0 {
                        if step < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        v
                    }
                } else if v >= len {
                    if step < 0 {
                        len - 1
                    } else {
                        len
                    }
                } else {
                    v
                }
            }
        }
    };
    let start = adjust(start, len - 1, 0);
    let stop = adjust(stop, -1, len);
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Some((start as i64, step as i64, count as usize))
}

/// Resolves `seq[start:stop:step]` over a sequence of `len` items, where bit 0/1/2 of `has` say
/// whether start/stop/step were given (tagged ints): `(start, step, count)`, or None with
/// ValueError "slice step cannot be zero" raised.
///
/// # Safety
/// The given bounds must be valid tagged ints.
pub unsafe fn adjust_slice(
    len: usize,
    start: i64,
    stop: i64,
    step: i64,
    has: i64,
) -> Option<(i64, i64, usize)> {
    let (b0, b1, b2) = (has & 1 != 0, has & 2 != 0, has & 4 != 0);
    let r = slice_indices(len, bound(b0, start), bound(b1, stop), bound(b2, step));
    if r.is_none() {
        raise(ExcKind::ValueError, "slice step cannot be zero");
    }
    r
}
