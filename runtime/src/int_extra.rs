//! More of `int`: `hex`/`oct`/`bin`, `int(s, base)`, three-argument `pow`, `bit_length`.

use crate::exc::raise;
use crate::int::{from_big, to_bigint};
use crate::object::Obj;
use crate::str::{as_str, new_str, py_repr};
use natrix_abi::{ExcKind, INT_ERROR};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `hex(i)`, `oct(i)`, `bin(i)` for base 16, 8, 2.
///
/// # Safety
/// `i` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_int_to_base(i: i64, base: i64) -> *mut Obj {
    let v = to_bigint(i);
    let (prefix, radix) = match base >> 1 {
        16 => ("0x", 16),
        8 => ("0o", 8),
        _ => ("0b", 2),
    };
    let digits = v.abs().to_str_radix(radix);
    let sign = if v.is_negative() { "-" } else { "" };
    new_str(&format!("{sign}{prefix}{digits}"))
}

/// `int(s, base)`.
///
/// # Safety
/// `s` must be a live str; `base` a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_str_to_int_base(s: *mut Obj, base: i64) -> i64 {
    let text = as_str(s);
    let base = to_bigint(base).to_i64().unwrap_or(-1);
    if !(base == 0 || (2..=36).contains(&base)) {
        raise(
            ExcKind::ValueError,
            "int() base must be >= 2 and <= 36, or 0",
        );
        return INT_ERROR;
    }
    let ascii = crate::unicode::ascii_decimal(text);
    match parse(ascii.trim_matches(char::is_whitespace), base as u32) {
        Some(v) => from_big(v),
        None => {
            raise(
                ExcKind::ValueError,
                format!(
                    "invalid literal for int() with base {base}: {}",
                    py_repr(text)
                ),
            );
            INT_ERROR
        }
    }
}

/// CPython's `int(str, base)` grammar: sign, optional prefix matching the base (or choosing it
/// when `base` is 0), digits with single underscores between them.
fn parse(s: &str, mut base: u32) -> Option<BigInt> {
    let (neg, mut body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let prefix_base = if lower.starts_with("0x") {
        Some(16)
    } else if lower.starts_with("0o") {
        Some(8)
    } else if lower.starts_with("0b") {
        Some(2)
    } else {
        None
    };
    match (base, prefix_base) {
        (0, Some(b)) => {
            base = b;
            body = &body[2..];
        }
        (0, None) => {
            // Base 0: decimal, and a non-zero number may not start with 0.
            base = 10;
            let digits: String = body.chars().filter(|c| *c != '_').collect();
            if digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0') {
                return None;
            }
        }
        (b, Some(p)) if b == p => body = &body[2..],
        _ => {}
    }
    // An underscore may follow the prefix, but not lead plain digits.
    let body = if prefix_base.is_some() && base != 10 {
        body.strip_prefix('_').unwrap_or(body)
    } else {
        body
    };
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    let digits: String = body.chars().filter(|c| *c != '_').collect();
    if !digits.chars().all(|c| c.to_digit(base).is_some()) {
        return None;
    }
    let v = BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// `pow(a, b, m)`.
///
/// # Safety
/// The arguments must be valid tagged ints.
#[no_mangle]
pub unsafe extern "C" fn nx_int_pow_mod(a: i64, b: i64, m: i64) -> i64 {
    let (a, b, m) = (to_bigint(a), to_bigint(b), to_bigint(m));
    if m.is_zero() {
        raise(ExcKind::ValueError, "pow() 3rd argument cannot be 0");
        return INT_ERROR;
    }
    let modulus = m.abs();
    let base = if b.is_negative() {
        // The inverse of a modulo |m|, by extended Euclid.
        let g = a.mod_floor(&modulus).extended_gcd(&modulus);
        if !g.gcd.is_one() {
            raise(
                ExcKind::ValueError,
                "base is not invertible for the given modulus",
            );
            return INT_ERROR;
        }
        g.x.mod_floor(&modulus)
    } else {
        a
    };
    let r = base.modpow(&b.abs(), &modulus);
    // The result takes the sign of m, as Python's % does.
    let r = if m.is_negative() && !r.is_zero() {
        r - &modulus
    } else {
        r
    };
    from_big(r)
}

/// `i.bit_length()`.
///
/// # Safety
/// `i` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_int_bit_length(i: i64) -> i64 {
    (to_bigint(i).bits() as i64) << 1
}

/// Whether byte order `order` (a str) is little-endian; `None` with CPython's ValueError for
/// anything but `"little"` and `"big"`.
unsafe fn little_endian(order: *mut Obj) -> Option<bool> {
    match as_str(order) {
        "little" => Some(true),
        "big" => Some(false),
        _ => {
            raise(
                ExcKind::ValueError,
                "byteorder must be either 'little' or 'big'",
            );
            None
        }
    }
}

/// `n.to_bytes(length, byteorder, signed=signed)` (a tagged `length`): the bytes of `n`
/// (two's complement when `signed`); CPython's OverflowError when it does not fit.
///
/// # Safety
/// `n` and `length` must be valid tagged ints, `order` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_int_to_bytes(
    n: i64,
    length: i64,
    order: *mut Obj,
    signed: u8,
) -> *mut Obj {
    let Some(little) = little_endian(order) else {
        return std::ptr::null_mut();
    };
    let Some(len) = crate::int::small(length).and_then(|l| usize::try_from(l).ok()) else {
        let msg = if crate::int::small(length).is_some_and(|l| l < 0) {
            (ExcKind::ValueError, "length argument must be non-negative")
        } else {
            (
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        };
        raise(msg.0, msg.1);
        return std::ptr::null_mut();
    };
    let v = to_bigint(n);
    if v.is_negative() && signed == 0 {
        raise(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        );
        return std::ptr::null_mut();
    }
    // The fewest bytes that hold it (none for zero), least significant first.
    let mut bytes = if v.is_zero() {
        vec![]
    } else if signed != 0 {
        v.to_signed_bytes_le()
    } else {
        v.to_bytes_le().1
    };
    if bytes.len() > len {
        raise(ExcKind::OverflowError, "int too big to convert");
        return std::ptr::null_mut();
    }
    bytes.resize(len, if v.is_negative() { 0xff } else { 0 });
    if !little {
        bytes.reverse();
    }
    crate::bytes::new_bytes(bytes)
}

/// `int.from_bytes(data, byteorder, signed=signed)`: the int the bytes spell (two's
/// complement when `signed`).
///
/// # Safety
/// `data` must be a live bytes object, `order` a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_int_from_bytes(data: *mut Obj, order: *mut Obj, signed: u8) -> i64 {
    let Some(little) = little_endian(order) else {
        return INT_ERROR;
    };
    let mut bytes = crate::bytes::as_bytes(data).to_vec();
    if !little {
        bytes.reverse();
    }
    let v = if signed != 0 {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    from_big(v)
}

/// `i.bit_count()`.
///
/// # Safety
/// `i` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_int_bit_count(i: i64) -> i64 {
    if crate::int::is_small(i) {
        return ((i >> 1).unsigned_abs().count_ones() as i64) << 1;
    }
    let ones: u64 = to_bigint(i)
        .magnitude()
        .iter_u64_digits()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    (ones as i64) << 1
}

/// `random.seed(s)` of a str, as CPython's `Random.seed` (version 2) turns it into an int:
/// the str's UTF-8 bytes followed by their SHA-512 digest, read as a big-endian unsigned int.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_random_str_seed(s: *mut Obj) -> i64 {
    use sha2::{Digest, Sha512};
    let mut bytes = as_str(s).as_bytes().to_vec();
    let digest = Sha512::digest(&bytes);
    bytes.extend_from_slice(&digest);
    from_big(BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::{lock, take};

    #[test]
    fn matches_cpython() {
        let _g = lock();
        // python3 -c "print(hex(255), oct(-8), bin(5), int('ff',16), int('0x1f',0), int('-0b101', 0), int('1_000', 0), pow(3, 200, 1000), pow(3, -1, 7), pow(2, 10, -7), (10**30).bit_length())"
        unsafe {
            assert_eq!(as_str(nx_int_to_base(255 << 1, 16 << 1)), "0xff");
            assert_eq!(as_str(nx_int_to_base(-8 << 1, 8 << 1)), "-0o10");
            assert_eq!(as_str(nx_int_to_base(5 << 1, 2 << 1)), "0b101");
            assert_eq!(nx_str_to_int_base(new_str("ff"), 16 << 1) >> 1, 255);
            assert_eq!(nx_str_to_int_base(new_str("0x1f"), 0) >> 1, 31);
            assert_eq!(nx_str_to_int_base(new_str("-0b101"), 0) >> 1, -5);
            assert_eq!(nx_str_to_int_base(new_str("1_000"), 0) >> 1, 1000);
            assert_eq!(nx_int_pow_mod(3 << 1, 200 << 1, 1000 << 1) >> 1, 1);
            assert_eq!(nx_int_pow_mod(3 << 1, -1 << 1, 7 << 1) >> 1, 5);
            assert_eq!(nx_int_pow_mod(2 << 1, 10 << 1, -7 << 1) >> 1, -5);
            assert_eq!(nx_int_bit_length(0) >> 1, 0);
            assert_eq!(take(), None);
            assert_eq!(nx_str_to_int_base(new_str("zz"), 16 << 1), INT_ERROR);
            assert_eq!(
                take(),
                Some((
                    "ValueError",
                    "invalid literal for int() with base 16: 'zz'".into()
                ))
            );
            assert_eq!(nx_str_to_int_base(new_str("010"), 0), INT_ERROR);
            assert_eq!(take().map(|e| e.0), Some("ValueError"));
        }
    }
}
