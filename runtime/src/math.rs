//! The `math` module's functions over libm (through Rust's f64 methods), with CPython's
//! errors: a NaN result from non-NaN arguments is "math domain error" (ValueError), an infinite
//! result from finite arguments is "math range error" (OverflowError).

use crate::exc::raise;
use crate::int::{from_big, make_int, to_bigint, view, IntRef};
use natrix_abi::{ExcKind, INT_ERROR};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

fn domain() -> f64 {
    raise(ExcKind::ValueError, "math domain error");
    0.0
}

fn range() -> f64 {
    raise(ExcKind::OverflowError, "math range error");
    0.0
}

/// CPython's `math_1` error rules for a function of one argument.
fn checked1(x: f64, r: f64, can_overflow: bool) -> f64 {
    if r.is_nan() && !x.is_nan() {
        domain()
    } else if r.is_infinite() && x.is_finite() {
        if can_overflow {
            range()
        } else {
            domain()
        }
    } else {
        r
    }
}

macro_rules! unary {
    ($name:ident, $f:expr, $overflow:expr) => {
        #[no_mangle]
        pub extern "C" fn $name(x: f64) -> f64 {
            let f: fn(f64) -> f64 = $f;
            checked1(x, f(x), $overflow)
        }
    };
}

unary!(nx_math_sqrt, f64::sqrt, false);
unary!(nx_math_exp, f64::exp, true);
unary!(nx_math_sin, f64::sin, false);
unary!(nx_math_cos, f64::cos, false);
unary!(nx_math_tan, f64::tan, false);
unary!(nx_math_asin, f64::asin, false);
unary!(nx_math_acos, f64::acos, false);
unary!(nx_math_sinh, f64::sinh, true);
unary!(nx_math_cosh, f64::cosh, true);

fn log_of(x: f64) -> Option<f64> {
    if x.is_nan() || x == f64::INFINITY {
        Some(x)
    } else if x > 0.0 {
        Some(x.ln())
    } else {
        None
    }
}

#[no_mangle]
pub extern "C" fn nx_math_log(x: f64) -> f64 {
    log_of(x).unwrap_or_else(domain)
}

#[no_mangle]
pub extern "C" fn nx_math_log_base(x: f64, base: f64) -> f64 {
    let (Some(n), Some(d)) = (log_of(x), log_of(base)) else {
        return domain();
    };
    if d == 0.0 {
        raise(ExcKind::ZeroDivisionError, "float division by zero");
        return 0.0;
    }
    n / d
}

/// `math.log(x)`, `math.log10(x)` or `math.log2(x)` (`which`, a small int: 0, 1, 2) of an int,
/// as CPython's `loghelper`: of its float when it has one, else of its mantissa `m` (in
/// [0.5, 1), correctly rounded) plus `e` times that of 2, where `x == m * 2**e`.
///
/// # Safety
/// `x` must be a valid int word.
#[no_mangle]
pub unsafe extern "C" fn nx_math_log_int(x: i64, which: i64) -> f64 {
    let f: fn(f64) -> f64 = match which >> 1 {
        0 => f64::ln,
        1 => f64::log10,
        _ => f64::log2,
    };
    let big = to_bigint(x);
    if !big.is_positive() {
        return domain();
    }
    // Its float when it has one (as PyLong_AsDouble), else `m * 2**e` with `m` in [0.5, 1)
    // rounded once (as _PyLong_Frexp).
    let (f_top, scale) = crate::int::big_scaled(&big);
    let v = f_top * 2f64.powi(scale.min(1024) as i32);
    if v.is_finite() {
        return f(v);
    }
    // `f_top` is an integer below 2**56: dividing by 2 to its bit length is exact.
    let top_bits = 64 - (f_top as u64).leading_zeros() as i64;
    let m = f_top / 2f64.powi(top_bits as i32);
    f(m) + (scale + top_bits) as f64 * f(2.0)
}

#[no_mangle]
pub extern "C" fn nx_math_log10(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() {
        x.log10()
    } else {
        domain()
    }
}

#[no_mangle]
pub extern "C" fn nx_math_log2(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() {
        x.log2()
    } else {
        domain()
    }
}

#[no_mangle]
pub extern "C" fn nx_math_pow(x: f64, y: f64) -> f64 {
    // CPython's math.pow: special cases first, then libm with error checks.
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return domain();
    }
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        domain()
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        range()
    } else {
        r
    }
}

#[no_mangle]
pub extern "C" fn nx_math_atan(x: f64) -> f64 {
    x.atan()
}

#[no_mangle]
pub extern "C" fn nx_math_atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

#[no_mangle]
pub extern "C" fn nx_math_tanh(x: f64) -> f64 {
    x.tanh()
}

// C's libm, which CPython's `math` calls for these (Rust's own `asinh`, `acosh` and `atanh`
// are other formulas, a bit off in the last place).
extern "C" {
    fn expm1(x: f64) -> f64;
    fn log1p(x: f64) -> f64;
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    // (Rust's own runtime defines a weak `cbrt` of its own formula, which a program would
    // link before libm's: glibc's other name for it reaches libm's.)
    #[cfg_attr(target_env = "gnu", link_name = "cbrtf64")]
    fn cbrt(x: f64) -> f64;
    fn exp2(x: f64) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
    fn remainder(x: f64, y: f64) -> f64;
}

// SAFETY (each): libm's functions of a double have no preconditions.
unary!(nx_math_expm1, |x| unsafe { expm1(x) }, true);
unary!(nx_math_log1p, |x| unsafe { log1p(x) }, false);
unary!(nx_math_asinh, |x| unsafe { asinh(x) }, false);
unary!(nx_math_acosh, |x| unsafe { acosh(x) }, false);
unary!(nx_math_atanh, |x| unsafe { atanh(x) }, false);
unary!(nx_math_erf, |x| unsafe { erf(x) }, false);
unary!(nx_math_erfc, |x| unsafe { erfc(x) }, false);
unary!(nx_math_cbrt, |x| unsafe { cbrt(x) }, false);
unary!(nx_math_exp2, |x| unsafe { exp2(x) }, true);

/// `math.remainder(x, y)`: IEEE 754's remainder (exact, so libm's is CPython's), with its
/// domain errors for an infinite `x` or a zero `y`.
#[no_mangle]
pub extern "C" fn nx_math_remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x.is_infinite() || y == 0.0 {
        return domain();
    }
    // SAFETY: libm's function of two doubles has no preconditions.
    unsafe { remainder(x, y) }
}

/// `math.nextafter(x, y)`.
#[no_mangle]
pub extern "C" fn nx_math_nextafter(x: f64, y: f64) -> f64 {
    // SAFETY: as above.
    unsafe { nextafter(x, y) }
}

/// `math.ulp(x)`: the gap from `|x|` to the next float away from zero (towards zero for the
/// largest finite float).
#[no_mangle]
pub extern "C" fn nx_math_ulp(x: f64) -> f64 {
    let x = x.abs();
    if !x.is_finite() {
        return x;
    }
    let up = nx_math_nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return x - nx_math_nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}

#[no_mangle]
pub extern "C" fn nx_math_fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return domain();
    }
    x % y
}

#[no_mangle]
pub extern "C" fn nx_math_copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

#[no_mangle]
pub extern "C" fn nx_math_fabs(x: f64) -> f64 {
    x.abs()
}

#[no_mangle]
pub extern "C" fn nx_math_degrees(x: f64) -> f64 {
    x * (180.0 / std::f64::consts::PI)
}

#[no_mangle]
pub extern "C" fn nx_math_radians(x: f64) -> f64 {
    x * (std::f64::consts::PI / 180.0)
}

fn to_int(x: f64) -> i64 {
    if x.is_nan() {
        raise(ExcKind::ValueError, "cannot convert float NaN to integer");
        INT_ERROR
    } else if x.is_infinite() {
        raise(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        );
        INT_ERROR
    } else {
        crate::int::int_from_f64(x)
    }
}

#[no_mangle]
pub extern "C" fn nx_math_floor(x: f64) -> i64 {
    to_int(x.floor())
}

#[no_mangle]
pub extern "C" fn nx_math_ceil(x: f64) -> i64 {
    to_int(x.ceil())
}

#[no_mangle]
pub extern "C" fn nx_math_trunc(x: f64) -> i64 {
    to_int(x.trunc())
}

/// `math.isclose(a, b, rel_tol=…, abs_tol=…)`, CPython's algorithm: equal values are close,
/// infinities only to themselves, else `|a - b|` within either tolerance.
#[no_mangle]
pub extern "C" fn nx_math_isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> u8 {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        raise(ExcKind::ValueError, "tolerances must be non-negative");
        return 0;
    }
    if a == b {
        return 1;
    }
    if a.is_infinite() || b.is_infinite() {
        return 0;
    }
    let diff = (b - a).abs();
    (diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol) as u8
}

#[no_mangle]
pub extern "C" fn nx_math_isnan(x: f64) -> u8 {
    x.is_nan() as u8
}

#[no_mangle]
pub extern "C" fn nx_math_isinf(x: f64) -> u8 {
    x.is_infinite() as u8
}

#[no_mangle]
pub extern "C" fn nx_math_isfinite(x: f64) -> u8 {
    x.is_finite() as u8
}

/// # Safety
/// `n` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_math_isqrt(n: i64) -> i64 {
    let v = to_bigint(n);
    if v.is_negative() {
        raise(ExcKind::ValueError, "isqrt() argument must be nonnegative");
        return INT_ERROR;
    }
    from_big(v.sqrt())
}

/// # Safety
/// `a` and `b` must be valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_math_gcd(a: i64, b: i64) -> i64 {
    if let (IntRef::Small(x), IntRef::Small(y)) = (view(a), view(b)) {
        return make_int(x.gcd(&y) as i128);
    }
    from_big(to_bigint(a).gcd(&to_bigint(b)))
}

/// # Safety
/// `n` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_math_factorial(n: i64) -> i64 {
    let v = to_bigint(n);
    if v.is_negative() {
        raise(
            ExcKind::ValueError,
            "factorial() not defined for negative values",
        );
        return INT_ERROR;
    }
    let Some(k) = num_traits::ToPrimitive::to_u64(&v).filter(|k| *k <= 1_000_000) else {
        raise(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        );
        return INT_ERROR;
    };
    let mut acc = BigInt::from(1u8);
    for i in 2..=k {
        acc *= i;
    }
    if acc.is_zero() {
        return make_int(0);
    }
    from_big(acc)
}

/// `n` and `k` of `math.comb`/`math.perm` as big ints, or CPython's ValueError for a negative
/// one.
unsafe fn counts(n: i64, k: i64) -> Option<(BigInt, BigInt)> {
    let (n, k) = (to_bigint(n), to_bigint(k));
    for (v, name) in [(&n, "n"), (&k, "k")] {
        if v.is_negative() {
            raise(
                ExcKind::ValueError,
                format!("{name} must be a non-negative integer"),
            );
            return None;
        }
    }
    Some((n, k))
}

/// `math.perm(n, k)`: n! / (n - k)!, 0 when k > n.
///
/// # Safety
/// `n` and `k` must be valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_math_perm(n: i64, k: i64) -> i64 {
    let Some((n, k)) = counts(n, k) else {
        return INT_ERROR;
    };
    if k > n {
        return make_int(0);
    }
    let mut acc = BigInt::from(1u8);
    let mut f = n.clone();
    let stop = &n - &k;
    while f > stop {
        acc *= &f;
        f -= 1u8;
    }
    from_big(acc)
}

/// `math.comb(n, k)`: n! / (k! (n - k)!), 0 when k > n; each step's product is divisible
/// by its step, so every partial result is exact.
///
/// # Safety
/// `n` and `k` must be valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_math_comb(n: i64, k: i64) -> i64 {
    let Some((n, k)) = counts(n, k) else {
        return INT_ERROR;
    };
    if k > n {
        return make_int(0);
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let mut acc = BigInt::from(1u8);
    let mut i = BigInt::from(1u8);
    let base = &n - &k;
    while i <= k {
        acc = acc * (&base + &i) / &i;
        i += 1u8;
    }
    from_big(acc)
}

/// `math.lcm(a, b)`: the least common multiple, never negative; 0 when either is 0.
///
/// # Safety
/// `a` and `b` must be valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_math_lcm(a: i64, b: i64) -> i64 {
    let (a, b) = (to_bigint(a), to_bigint(b));
    if a.is_zero() || b.is_zero() {
        return make_int(0);
    }
    from_big((&a / a.gcd(&b) * &b).abs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, take};

    #[test]
    fn errors_match_cpython() {
        let _g = lock();
        // python3 -c 'import math; math.sqrt(-1)' etc.
        nx_math_sqrt(-1.0);
        assert_eq!(take(), Some(("ValueError", "math domain error".into())));
        nx_math_log(0.0);
        assert_eq!(take(), Some(("ValueError", "math domain error".into())));
        nx_math_exp(1000.0);
        assert_eq!(take(), Some(("OverflowError", "math range error".into())));
        nx_math_pow(-8.0, 0.5);
        assert_eq!(take(), Some(("ValueError", "math domain error".into())));
        nx_math_log_base(8.0, 1.0);
        assert_eq!(
            take(),
            Some(("ZeroDivisionError", "float division by zero".into()))
        );
        assert_eq!(nx_math_floor(-2.5) >> 1, -3);
        assert_eq!(nx_math_ceil(-2.5) >> 1, -2);
        nx_math_floor(f64::INFINITY);
        assert_eq!(take().map(|e| e.0), Some("OverflowError"));
        assert_eq!(nx_math_sqrt(2.0), std::f64::consts::SQRT_2);
        unsafe {
            assert_eq!(nx_math_gcd(12 << 1, 18 << 1) >> 1, 6);
            assert_eq!(nx_math_isqrt(99 << 1) >> 1, 9);
            assert_eq!(nx_math_factorial(20 << 1) >> 1, 2432902008176640000);
            let f = nx_math_factorial(25 << 1);
            assert_eq!(
                crate::int::int_to_string(f).as_deref(),
                Some("15511210043330985984000000")
            );
        }
        assert_eq!(take(), None);
    }
}
