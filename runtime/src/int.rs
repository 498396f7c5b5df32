//! `int`: tagged small integers and the arithmetic slow paths, with exact Python semantics.
//!
//! A tagged int is `v << 1` for a small `v` in `[SMALL_INT_MIN, SMALL_INT_MAX]`; a word with the
//! low bit set would point to a big integer. Big integers do not exist yet: **every** result goes
//! through [`make_int`], and every operand through [`untag`] — the two functions where big ints
//! will slot in behind the same ABI. Until then a result outside the small range, or a big operand,
//! raises OverflowError.

use crate::exc::raise;
use natrix_abi::{ExcKind, INT_ERROR, SMALL_INT_MAX, SMALL_INT_MIN};
use std::cmp::Ordering;

/// The message of the OverflowError raised where a big integer would be needed.
pub const BIGINT_MSG: &str = "integer too large: natrix does not support big integers yet";

fn bigint_error() {
    raise(ExcKind::OverflowError, BIGINT_MSG);
}

/// Is `v` a tagged small int?
#[inline]
pub fn is_small(v: i64) -> bool {
    v & 1 == 0
}

/// Tags a value known to be in the small range.
#[inline]
pub fn tag(v: i64) -> i64 {
    debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v));
    v << 1
}

/// The tagged int for `v`. THE seam for big integers: a value outside the small range raises
/// OverflowError and returns `INT_ERROR` (later: allocates a big int).
#[inline]
pub fn make_int(v: i128) -> i64 {
    if v >= SMALL_INT_MIN as i128 && v <= SMALL_INT_MAX as i128 {
        (v as i64) << 1
    } else {
        bigint_error();
        INT_ERROR
    }
}

/// The value of a tagged int, or `None` (with OverflowError raised) for a big int operand.
#[inline]
pub fn untag(v: i64) -> Option<i64> {
    if is_small(v) {
        Some(v >> 1)
    } else {
        bigint_error();
        None
    }
}

/// The value of a tagged int for functions that cannot report errors: big ints cannot exist yet,
/// so a tagged pointer here is a caller bug; it is read as if small rather than trusted.
#[inline]
fn untag_lossy(v: i64) -> i64 {
    v >> 1
}

macro_rules! binop {
    ($(#[$doc:meta])* $name:ident, |$a:ident, $b:ident| $body:expr) => {
        $(#[$doc])*
        #[no_mangle]
        pub unsafe extern "C" fn $name(a: i64, b: i64) -> i64 {
            let (Some($a), Some($b)) = (untag(a), untag(b)) else { return INT_ERROR };
            let ($a, $b) = ($a as i128, $b as i128);
            $body
        }
    };
}

binop!(
    /// `a + b`.
    nx_int_add, |a, b| make_int(a + b));
binop!(
    /// `a - b`.
    nx_int_sub, |a, b| make_int(a - b));
binop!(
    /// `a * b`.
    nx_int_mul, |a, b| make_int(a * b));
binop!(
/// `a // b`, floored.
nx_int_floordiv, |a, b| match floor_divmod(a, b) {
    Some((q, _)) => make_int(q),
    None => zero_division(),
});
binop!(
/// `a % b`, with the sign of `b`.
nx_int_mod, |a, b| match floor_divmod(a, b) {
    Some((_, r)) => make_int(r),
    None => {
        raise(ExcKind::ZeroDivisionError, "integer modulo by zero");
        INT_ERROR
    }
});
binop!(
    /// `a ** b` (an int result: a negative exponent is an error here; the compiler routes
    /// int ** negative int to float pow only where it inferred a float result).
    nx_int_pow, |a, b| int_pow(a, b));
binop!(
/// `a << b`.
nx_int_lshift, |a, b| {
    if b < 0 {
        raise(ExcKind::ValueError, "negative shift count");
        INT_ERROR
    } else if a == 0 {
        0
    } else if b >= 64 {
        bigint_error();
        INT_ERROR
    } else {
        make_int(a << b)
    }
});
binop!(
/// `a >> b` (floored).
nx_int_rshift, |a, b| {
    if b < 0 {
        raise(ExcKind::ValueError, "negative shift count");
        INT_ERROR
    } else {
        make_int(a >> b.min(100))
    }
});
binop!(
    /// `a & b`.
    nx_int_and, |a, b| make_int(a & b));
binop!(
    /// `a | b`.
    nx_int_or, |a, b| make_int(a | b));
binop!(
    /// `a ^ b`.
    nx_int_xor, |a, b| make_int(a ^ b));

fn zero_division() -> i64 {
    raise(
        ExcKind::ZeroDivisionError,
        "integer division or modulo by zero",
    );
    INT_ERROR
}

/// Python's `divmod` on i128 (floor division), `None` for a zero divisor.
pub fn floor_divmod(a: i128, b: i128) -> Option<(i128, i128)> {
    if b == 0 {
        return None;
    }
    let (mut q, mut r) = (a.checked_div(b)?, a.checked_rem(b)?);
    if r != 0 && ((r < 0) != (b < 0)) {
        q -= 1;
        r += b;
    }
    Some((q, r))
}

fn int_pow(base: i128, exp: i128) -> i64 {
    if exp < 0 {
        raise(
            ExcKind::ValueError,
            "natrix: negative int exponent where an int result was inferred",
        );
        return INT_ERROR;
    }
    match base {
        0 => return make_int(if exp == 0 { 1 } else { 0 }),
        1 => return make_int(1),
        -1 => return make_int(if exp % 2 == 0 { 1 } else { -1 }),
        _ => {}
    }
    // |base| >= 2: the result overflows long before the exponent runs out.
    let (mut result, mut b, mut e) = (1i128, base, exp);
    loop {
        if e & 1 == 1 {
            match result.checked_mul(b) {
                Some(r) => result = r,
                None => return make_int(i128::MAX),
            }
        }
        e >>= 1;
        if e == 0 {
            return make_int(result);
        }
        // More factors remain, each at least b*b in magnitude.
        match b.checked_mul(b) {
            Some(sq) if sq <= SMALL_INT_MAX as i128 * 4 => b = sq,
            _ => return make_int(i128::MAX),
        }
    }
}

/// `-a`.
#[no_mangle]
pub unsafe extern "C" fn nx_int_neg(a: i64) -> i64 {
    let Some(a) = untag(a) else { return INT_ERROR };
    make_int(-(a as i128))
}

/// `~a`.
#[no_mangle]
pub unsafe extern "C" fn nx_int_invert(a: i64) -> i64 {
    let Some(a) = untag(a) else { return INT_ERROR };
    make_int(!(a as i128))
}

/// `abs(a)`.
#[no_mangle]
pub unsafe extern "C" fn nx_int_abs(a: i64) -> i64 {
    let Some(a) = untag(a) else { return INT_ERROR };
    make_int((a as i128).abs())
}

/// `a / b`, correctly rounded like CPython.
#[no_mangle]
pub unsafe extern "C" fn nx_int_truediv(a: i64, b: i64) -> f64 {
    let (Some(a), Some(b)) = (untag(a), untag(b)) else {
        return 0.0;
    };
    if b == 0 {
        raise(ExcKind::ZeroDivisionError, "division by zero");
        return 0.0;
    }
    true_div(a, b)
}

/// Correctly rounded `a / b` for small ints (`b != 0`).
pub fn true_div(a: i64, b: i64) -> f64 {
    const EXACT: u64 = 1 << 53;
    let (ua, ub) = (a.unsigned_abs(), b.unsigned_abs());
    let negative = (a < 0) != (b < 0);
    if ua == 0 {
        return if negative { -0.0 } else { 0.0 };
    }
    if ua <= EXACT && ub <= EXACT {
        // Both convert exactly, and IEEE division rounds correctly.
        return a as f64 / b as f64;
    }
    // Exact path: q = floor(a * 2^k / b) with 55 or 56 bits, the remainder folded into a sticky
    // low bit, then one correct rounding by the u128 -> f64 conversion and an exact scaling.
    let bits = |x: u64| 64 - x.leading_zeros() as i32;
    let k = 55 - (bits(ua) - bits(ub));
    let (ua, ub) = (ua as u128, ub as u128);
    let (q, r) = if k >= 0 {
        let n = ua << k; // at most 55 + bits(ub) <= 118 bits
        (n / ub, n % ub)
    } else {
        let d = ub << -k;
        (ua / d, ua % d)
    };
    let q = q | (r != 0) as u128;
    // 2^-k with k in [-8, 118]: a normal double, built exactly.
    let scale = f64::from_bits(((1023 - k) as u64) << 52);
    let mag = q as f64 * scale;
    if negative {
        -mag
    } else {
        mag
    }
}

/// -1, 0 or 1.
#[no_mangle]
pub unsafe extern "C" fn nx_int_compare(a: i64, b: i64) -> i64 {
    match untag_lossy(a).cmp(&untag_lossy(b)) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// Compares an int with a float exactly, as CPython does (not by converting the int to a
/// float, which can round): -1, 0 or 1, or 2 when `b` is NaN (unordered).
#[no_mangle]
pub unsafe extern "C" fn nx_int_float_compare(a: i64, b: f64) -> i64 {
    if b.is_nan() {
        return 2;
    }
    if b.is_infinite() {
        return if b > 0.0 { -1 } else { 1 };
    }
    let x = untag_lossy(a) as i128;
    // Compare x with b through floor(b): x < b  <=>  x <= ceil(b) - 1, etc. |b| may exceed
    // i128 for huge finite floats, which every small int is below (or above).
    if b >= 1.7e38 {
        return -1;
    }
    if b <= -1.7e38 {
        return 1;
    }
    let fl = b.floor();
    let fi = fl as i128;
    match x.cmp(&fi) {
        Ordering::Less => -1,
        Ordering::Greater => 1,
        Ordering::Equal if fl == b => 0,
        // x == floor(b) < b
        Ordering::Equal => -1,
    }
}

/// `float(a)`, rounding half to even.
#[no_mangle]
pub unsafe extern "C" fn nx_int_to_float(a: i64) -> f64 {
    if !is_small(a) {
        raise(ExcKind::OverflowError, "int too large to convert to float");
        return 0.0;
    }
    (a >> 1) as f64
}

/// The modulus of CPython's numeric hashes.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(a)`, as CPython: sign * (|a| mod (2^61 - 1)), with -1 mapped to -2.
#[no_mangle]
pub unsafe extern "C" fn nx_int_hash(a: i64) -> i64 {
    tag(int_hash(untag_lossy(a)))
}

/// CPython's hash of a small int.
pub fn int_hash(v: i64) -> i64 {
    let h = (v.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if v < 0 { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `round(a, ndigits)`: `a` itself for `ndigits >= 0`, else rounded half to even to a multiple of
/// `10 ** -ndigits`.
#[no_mangle]
pub unsafe extern "C" fn nx_int_round(a: i64, ndigits: i64) -> i64 {
    let Some(v) = untag(a) else { return INT_ERROR };
    if is_small(ndigits) && ndigits >= 0 {
        return make_int(v as i128);
    }
    // A big negative ndigits rounds everything to 0, like any ndigits <= -20.
    let n = if is_small(ndigits) {
        (-(ndigits >> 1)).min(20)
    } else {
        20
    } as u32;
    let p = 10i128.pow(n);
    let (q, r) = match floor_divmod(v as i128, p) {
        Some(qr) => qr,
        None => return INT_ERROR, // unreachable: p > 0
    };
    let q = match (2 * r).cmp(&p) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q % 2 != 0 => q + 1,
        _ => q,
    };
    make_int(q * p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, take};

    fn t(v: i64) -> i64 {
        v << 1
    }

    fn ok(r: i64) -> i64 {
        assert_eq!(take(), None);
        assert!(is_small(r), "error result");
        r >> 1
    }

    fn err(r: i64) -> (&'static str, String) {
        assert_eq!(r, INT_ERROR);
        take().expect("an exception")
    }

    #[test]
    fn floor_division_and_modulo_signs() {
        let _g = lock();
        // python3 -c 'print(-7 // 2, -7 % 2, 7 % -2, 7 // -2, -7 // -2, -7 % -2)' -> -4 1 -1 -4 3 -1
        unsafe {
            assert_eq!(ok(nx_int_floordiv(t(-7), t(2))), -4);
            assert_eq!(ok(nx_int_mod(t(-7), t(2))), 1);
            assert_eq!(ok(nx_int_mod(t(7), t(-2))), -1);
            assert_eq!(ok(nx_int_floordiv(t(7), t(-2))), -4);
            assert_eq!(ok(nx_int_floordiv(t(-7), t(-2))), 3);
            assert_eq!(ok(nx_int_mod(t(-7), t(-2))), -1);
            assert_eq!(ok(nx_int_mod(t(6), t(-3))), 0);
            assert_eq!(ok(nx_int_floordiv(t(SMALL_INT_MIN), t(1))), SMALL_INT_MIN);
            assert_eq!(err(nx_int_floordiv(t(SMALL_INT_MIN), t(-1))).1, BIGINT_MSG);
            let e = err(nx_int_floordiv(t(1), t(0)));
            assert_eq!(
                e,
                (
                    "ZeroDivisionError",
                    "integer division or modulo by zero".into()
                )
            );
            // CPython 3.11 words `%` differently from `//`.
            let e = err(nx_int_mod(t(1), t(0)));
            assert_eq!(e, ("ZeroDivisionError", "integer modulo by zero".into()));
        }
    }

    #[test]
    fn add_sub_mul_overflow_to_error() {
        let _g = lock();
        unsafe {
            assert_eq!(ok(nx_int_add(t(SMALL_INT_MAX - 1), t(1))), SMALL_INT_MAX);
            assert_eq!(
                err(nx_int_add(t(SMALL_INT_MAX), t(1))),
                ("OverflowError", BIGINT_MSG.into())
            );
            assert_eq!(ok(nx_int_sub(t(SMALL_INT_MIN + 1), t(1))), SMALL_INT_MIN);
            assert_eq!(err(nx_int_sub(t(SMALL_INT_MIN), t(1))).0, "OverflowError");
            assert_eq!(ok(nx_int_mul(t(-3), t(7))), -21);
            assert_eq!(
                err(nx_int_mul(t(SMALL_INT_MAX), t(SMALL_INT_MAX))).0,
                "OverflowError"
            );
            assert_eq!(err(nx_int_add(3, t(1))).1, BIGINT_MSG);
            assert_eq!(err(nx_int_neg(t(SMALL_INT_MIN))).0, "OverflowError");
            assert_eq!(ok(nx_int_neg(t(5))), -5);
            assert_eq!(ok(nx_int_abs(t(-5))), 5);
            assert_eq!(err(nx_int_abs(t(SMALL_INT_MIN))).0, "OverflowError");
            assert_eq!(ok(nx_int_invert(t(5))), -6);
            assert_eq!(ok(nx_int_invert(t(SMALL_INT_MIN))), SMALL_INT_MAX);
            assert_eq!(ok(nx_int_and(t(-6), t(13))), -6 & 13);
            assert_eq!(ok(nx_int_or(t(-6), t(13))), -6 | 13);
            assert_eq!(ok(nx_int_xor(t(-6), t(13))), -6 ^ 13);
        }
    }

    #[test]
    fn pow() {
        let _g = lock();
        unsafe {
            assert_eq!(ok(nx_int_pow(t(0), t(0))), 1);
            assert_eq!(ok(nx_int_pow(t(0), t(5))), 0);
            assert_eq!(ok(nx_int_pow(t(2), t(10))), 1024);
            assert_eq!(ok(nx_int_pow(t(-3), t(3))), -27);
            assert_eq!(ok(nx_int_pow(t(-1), t(SMALL_INT_MAX))), -1);
            assert_eq!(ok(nx_int_pow(t(1), t(SMALL_INT_MAX))), 1);
            assert_eq!(ok(nx_int_pow(t(2), t(61))), 1 << 61);
            assert_eq!(ok(nx_int_pow(t(-2), t(61))), -(1 << 61));
            assert_eq!(err(nx_int_pow(t(-2), t(62))).0, "OverflowError");
            assert_eq!(ok(nx_int_pow(t(-4), t(31))), SMALL_INT_MIN);
            assert_eq!(err(nx_int_pow(t(2), t(62))).0, "OverflowError");
            assert_eq!(err(nx_int_pow(t(3), t(SMALL_INT_MAX))).0, "OverflowError");
            assert_eq!(ok(nx_int_pow(t(3), t(39))), 3i64.pow(39));
            assert_eq!(err(nx_int_pow(t(3), t(40))).0, "OverflowError");
            let e = err(nx_int_pow(t(2), t(-1)));
            assert_eq!(e.0, "ValueError");
        }
    }

    #[test]
    fn shifts() {
        let _g = lock();
        unsafe {
            assert_eq!(ok(nx_int_lshift(t(3), t(4))), 48);
            assert_eq!(ok(nx_int_lshift(t(0), t(SMALL_INT_MAX))), 0);
            assert_eq!(ok(nx_int_lshift(t(-1), t(61))), -(1 << 61));
            assert_eq!(ok(nx_int_lshift(t(-1), t(62))), SMALL_INT_MIN);
            assert_eq!(err(nx_int_lshift(t(1), t(62))).0, "OverflowError");
            assert_eq!(err(nx_int_lshift(t(1), t(1000))).0, "OverflowError");
            assert_eq!(
                err(nx_int_lshift(t(1), t(-1))),
                ("ValueError", "negative shift count".into())
            );
            assert_eq!(
                err(nx_int_rshift(t(1), t(-1))),
                ("ValueError", "negative shift count".into())
            );
            assert_eq!(ok(nx_int_rshift(t(-7), t(1))), -4);
            assert_eq!(ok(nx_int_rshift(t(-7), t(1000))), -1);
            assert_eq!(ok(nx_int_rshift(t(7), t(SMALL_INT_MAX))), 0);
        }
    }

    #[test]
    fn truediv_is_correctly_rounded() {
        let _g = lock();
        unsafe {
            assert_eq!(nx_int_truediv(t(1), t(3)), 1.0 / 3.0);
            assert_eq!(nx_int_truediv(t(-7), t(2)), -3.5);
            assert!(nx_int_truediv(t(0), t(-2)).is_sign_negative());
            assert_eq!(nx_int_truediv(t(1), t(0)), 0.0);
            assert_eq!(
                take(),
                Some(("ZeroDivisionError", "division by zero".into()))
            );
        }
        // python3 -c 'print((2**62-1)/3, (2**53+1)/1, -(2**61+3)/7, 1/(2**62-1), (10**18+1)/(10**17+3))'
        assert_eq!(true_div((1 << 62) - 1, 3), 1.5372286728091292e+18);
        assert_eq!(true_div((1 << 53) + 1, 1), 9007199254740992.0);
        assert_eq!(true_div(-((1 << 61) + 3), 7), -3.294061441733848e+17);
        assert_eq!(true_div(1, (1 << 62) - 1), 2.168404344971009e-19);
        assert_eq!(
            true_div(1_000_000_000_000_000_001, 100_000_000_000_000_003),
            10.0
        );
        assert_eq!(true_div((1 << 53) + 3, 1), 9007199254740996.0);
        assert_eq!(true_div(SMALL_INT_MIN, -1), 4.611686018427388e+18);
    }

    #[test]
    fn compare_to_float_hash() {
        let _g = lock();
        unsafe {
            assert_eq!(nx_int_compare(t(-3), t(2)), -1);
            assert_eq!(nx_int_compare(t(2), t(2)), 0);
            assert_eq!(nx_int_compare(t(SMALL_INT_MAX), t(SMALL_INT_MIN)), 1);
            // python3 -c 'print(float(2**53+1), float(2**53+3), float(2**62-1))'
            assert_eq!(nx_int_to_float(t((1 << 53) + 1)), 9007199254740992.0);
            assert_eq!(nx_int_to_float(t((1 << 53) + 3)), 9007199254740996.0);
            assert_eq!(nx_int_to_float(t(SMALL_INT_MAX)), 4.611686018427388e+18);
            nx_int_to_float(5);
            assert_eq!(
                take(),
                Some(("OverflowError", "int too large to convert to float".into()))
            );
            // python3 -c 'print(hash(-1), hash(2**61-1), hash(2**61), hash(-(2**61)), hash(2**62-1), hash(-2**62))'
            let h = |v| nx_int_hash(t(v)) >> 1;
            assert_eq!(h(-1), -2);
            assert_eq!(h(0), 0);
            assert_eq!(h(12345), 12345);
            assert_eq!(h((1 << 61) - 1), 0);
            assert_eq!(h(1 << 61), 1);
            assert_eq!(h(-(1 << 61)), -1 - 1);
            assert_eq!(h(SMALL_INT_MAX), 1);
            assert_eq!(h(SMALL_INT_MIN), -2);
        }
    }

    #[test]
    fn round_ndigits() {
        let _g = lock();
        // python3 -c 'print(round(15,-1), round(25,-1), round(-25,-1), round(-35,-1), round(1234,-2), round(1250,-2), round(1251,-2), round(5,-1), round(7,5), round(2**62-1,-30), round(-4999,-4))'
        unsafe {
            let r = |a, n| ok(nx_int_round(t(a), t(n)));
            assert_eq!(r(15, -1), 20);
            assert_eq!(r(25, -1), 20);
            assert_eq!(r(-25, -1), -20);
            assert_eq!(r(-35, -1), -40);
            assert_eq!(r(1234, -2), 1200);
            assert_eq!(r(1250, -2), 1200);
            assert_eq!(r(1251, -2), 1300);
            assert_eq!(r(5, -1), 0);
            assert_eq!(r(7, 5), 7);
            assert_eq!(r(SMALL_INT_MAX, -30), 0);
            assert_eq!(r(SMALL_INT_MAX, SMALL_INT_MIN), 0);
            assert_eq!(r(-4999, -4), 0);
            assert_eq!(r(SMALL_INT_MAX, -17), 4_600_000_000_000_000_000);
            assert_eq!(
                err(nx_int_round(t(SMALL_INT_MAX), t(-18))).0,
                "OverflowError"
            );
        }
    }

    #[test]
    fn int_float_compare_is_exact() {
        unsafe {
            let t = |v: i64| v << 1;
            let big = (1i64 << 53) + 1;
            assert_eq!(nx_int_float_compare(t(big), big as f64), 1);
            assert_eq!(nx_int_float_compare(t(1 << 53), (1i64 << 53) as f64), 0);
            assert_eq!(nx_int_float_compare(t(1), 1.5), -1);
            assert_eq!(nx_int_float_compare(t(2), 1.5), 1);
            assert_eq!(nx_int_float_compare(t(-2), -1.5), -1);
            assert_eq!(nx_int_float_compare(t(-1), -1.5), 1);
            assert_eq!(nx_int_float_compare(t(0), -0.0), 0);
            assert_eq!(nx_int_float_compare(t(5), f64::NAN), 2);
            assert_eq!(nx_int_float_compare(t(5), f64::INFINITY), -1);
            assert_eq!(nx_int_float_compare(t(5), f64::NEG_INFINITY), 1);
            assert_eq!(nx_int_float_compare(t(5), 1e300), -1);
        }
    }
}
