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

#[cfg(test)]
mod tests {
    use super::*;

    /// `slice_indices` against a direct reading of CPython's `PySlice_AdjustIndices` in
    /// 128-bit arithmetic, on small lengths and on bounds at the ends of i64 (which must not
    /// overflow: this runs with overflow checks).
    #[test]
    fn slice_indices_match_cpython_rules() {
        fn reference(len: i128, start: Option<i64>, stop: Option<i64>, step: i128) -> Vec<i128> {
            let clamp = |v: Option<i64>, neg_default: i128, pos_default: i128| match v {
                None if step < 0 => neg_default,
                None => pos_default,
                Some(v) => {
                    let v = v as i128;
                    let v = if v < 0 { v + len } else { v };
                    if v < 0 {
                        if step < 0 {
                            -1
                        } else {
                            0
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
            };
            let (mut i, stop) = (clamp(start, len - 1, 0), clamp(stop, -1, len));
            let mut out = vec![];
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(i);
                i += step;
            }
            out
        }
        let bounds: Vec<Option<i64>> = [None, Some(i64::MIN), Some(i64::MAX), Some(-i64::MAX)]
            .into_iter()
            .chain((-7..=7).map(Some))
            .collect();
        let steps: Vec<Option<i64>> = [None, Some(i64::MIN), Some(i64::MAX)]
            .into_iter()
            .chain([-3, -2, -1, 1, 2, 3].map(Some))
            .collect();
        for len in 0..6usize {
            for &start in &bounds {
                for &stop in &bounds {
                    for &step in &steps {
                        let (s0, st, n) = slice_indices(len, start, stop, step).expect("step != 0");
                        let got: Vec<i128> = (0..n as i128)
                            .map(|k| s0 as i128 + k * st as i128)
                            .collect();
                        let step = step.unwrap_or(1).max(-i64::MAX) as i128;
                        assert_eq!(
                            got,
                            reference(len as i128, start, stop, step),
                            "len {len} start {start:?} stop {stop:?} step {step}"
                        );
                    }
                }
            }
        }
        assert_eq!(slice_indices(3, None, None, Some(0)), None);
    }
}
