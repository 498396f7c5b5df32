//! Slice bounds as CPython adjusts them to a sequence's length (`PySlice_Unpack` +
//! `PySlice_AdjustIndices`), shared by the runtime's slicing and the compiler's static tuple
//! slices.

/// CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`: (start, step, count), or None for a
/// zero step. Shared by the runtime's slicing and the compiler's static tuple slices.
#[inline]
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Option<(i64, i64, usize)> {
    let (start, stop, step) = slice_bounds(len, start, stop, step)?;
    let count = match step {
        1 => (stop - start).max(0),
        -1 => (start - stop).max(0),
        _ if step < 0 && stop < start => (start - stop - 1) / (-step) + 1,
        _ if step > 0 && start < stop => (stop - start - 1) / step + 1,
        _ => 0,
    };
    Some((start, step, count as usize))
}

/// The bounds of a slice over a sequence of `len` items, adjusted as CPython's
/// `PySlice_AdjustIndices` does (`slice(a, b, c).indices(len)`): (start, stop, step), or None
/// for a zero step.
#[inline]
pub fn slice_bounds(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Option<(i64, i64, i64)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    // Every index below is clamped into -1..=len, so i64 arithmetic cannot overflow (and a
    // 128-bit division would dominate a short slice's cost).
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let adjust = |v: Option<i64>, default_neg: i64, default_pos: i64| -> i64 {
        match v {
            None => {
                if step < 0 {
                    default_neg
                } else {
                    default_pos
                }
            }
            Some(v) => {
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
    Some((start, stop, step))
}
