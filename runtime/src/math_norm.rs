//! `math.hypot` and `math.dist`: the Euclidean norm as CPython 3.11 computes it (its
//! `vector_norm`: the coordinates scaled by a power of two, squared and summed in extended
//! precision, then one correction step), so results match CPython's to the last bit, which
//! libm's two-argument `hypot` does not always do.

use crate::exc::raise;
use crate::list::{items, val, ListObj, Val};
use crate::object::Obj;
use natrix_abi::ExcKind;

/// A double-length number: `hi + lo`, with `lo` below an ulp of `hi`.
#[derive(Clone, Copy)]
struct DoubleLength {
    hi: f64,
    lo: f64,
}

/// `a + b` exactly (`|a| >= |b|`).
fn dl_fast_sum(a: f64, b: f64) -> DoubleLength {
    let hi = a + b;
    DoubleLength {
        hi,
        lo: (a - hi) + b,
    }
}

/// `x * y` exactly (Dekker's product, by splitting each factor in halves).
fn dl_mul(x: f64, y: f64) -> DoubleLength {
    const SPLIT: f64 = 134_217_729.0; // 2**27 + 1
    let t = x * SPLIT;
    let xh = t - (t - x);
    let xl = x - xh;
    let t = y * SPLIT;
    let yh = t - (t - y);
    let yl = y - yh;
    let hi = x * y;
    let lo = (((xh * yh - hi) + xh * yl) + xl * yh) + xl * yl;
    DoubleLength { hi, lo }
}

/// The norm of `vec` (finite coordinates, each at most `max` in magnitude, unless `max` is
/// infinite or `found_nan`): CPython's `vector_norm`.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exponent(max);
    if max_e < -1023 {
        // `2**-max_e` would overflow: subnormals made normal first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for &x in vec.iter() {
        let x = x * scale;
        let pr = dl_mul(x, x);
        let sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr = dl_mul(-h, h);
    let sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The exponent `frexp` gives `x` (finite, non-zero): `x = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp_exponent(x: f64) -> i32 {
    let bits = x.abs().to_bits();
    let biased = (bits >> 52) as i32;
    if biased == 0 {
        // Subnormal: as the normal number 2**64 times larger.
        return frexp_exponent(x * 2f64.powi(64)) - 64;
    }
    biased - 1022
}

/// `x * 2**e` (`-2044 < e < 2046`), exact while the result is a normal double: two powers of
/// two that are themselves normal.
fn ldexp(x: f64, e: i32) -> f64 {
    let pow2 = |k: i32| f64::from_bits(((k + 1023) as u64) << 52);
    let half = e / 2;
    x * pow2(half) * pow2(e - half)
}

/// The norm of `coords`, as `math.hypot(*coords)`.
fn norm(coords: &mut [f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in coords.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(coords, max, found_nan)
}

/// The items of list `l` as floats (ints and bools converted), or CPython's TypeError.
unsafe fn coordinates(l: *mut Obj) -> Option<Vec<f64>> {
    let l = l as *mut ListObj;
    let kind = (*l).kind;
    let mut out = Vec::with_capacity((*l).len);
    for &bits in items(l) {
        let x = match val(kind, bits) {
            Val::Float(f) => f,
            Val::Int(i) => {
                let f = crate::int::nx_int_to_float(i);
                if crate::exc::pending_kind().is_some() {
                    return None;
                }
                f
            }
            Val::Bool(b) => f64::from(u8::from(b)),
            other => {
                let name = crate::list::type_name(other);
                raise(
                    ExcKind::TypeError,
                    format!("must be real number, not {name}"),
                );
                return None;
            }
        };
        out.push(x);
    }
    Some(out)
}

/// `math.hypot(x, y)`.
#[no_mangle]
pub extern "C" fn nx_math_hypot(x: f64, y: f64) -> f64 {
    norm(&mut [x, y])
}

/// `math.hypot(*coords)` of a list of numbers (errors by the pending flag).
///
/// # Safety
/// `coords` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn nx_math_hypot_list(coords: *mut Obj) -> f64 {
    match coordinates(coords) {
        Some(mut v) => norm(&mut v),
        None => 0.0,
    }
}

/// `math.dist(p, q)` of two lists of numbers: the norm of their difference; CPython's
/// ValueError when their lengths differ (errors by the pending flag).
///
/// # Safety
/// `p` and `q` must be live lists.
#[no_mangle]
pub unsafe extern "C" fn nx_math_dist(p: *mut Obj, q: *mut Obj) -> f64 {
    let (Some(p), Some(q)) = (coordinates(p), coordinates(q)) else {
        return 0.0;
    };
    if p.len() != q.len() {
        raise(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        );
        return 0.0;
    }
    let mut diffs: Vec<f64> = p.iter().zip(&q).map(|(a, b)| a - b).collect();
    norm(&mut diffs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norms_match_cpython() {
        // python3 -c 'import math; print(repr(math.hypot(3, 4)), ...)'
        assert_eq!(norm(&mut [3.0, 4.0]), 5.0);
        assert_eq!(norm(&mut []), 0.0);
        assert_eq!(norm(&mut [-3.0]), 3.0);
        assert!(norm(&mut [3.0, f64::NAN]).is_nan());
        assert_eq!(norm(&mut [f64::INFINITY, f64::NAN]), f64::INFINITY);
        assert_eq!(norm(&mut [1.7e308, 1.7e308]), f64::INFINITY);
        assert_eq!(norm(&mut [5e-324, 5e-324]), 5e-324);
        assert_eq!(
            norm(&mut [1.0, 2.0, 3.0]).to_bits(),
            3.7416573867739413f64.to_bits()
        );
    }
}
