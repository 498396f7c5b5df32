//! Methods of `float`: `hex()`, `float.fromhex(s)`, `is_integer()`, `as_integer_ratio()`, with
//! CPython's results and errors.

use crate::exc::raise;
use crate::int::from_big;
use crate::object::Obj;
use crate::str::{as_str, new_str};
use natrix_abi::{ElemKind, ExcKind};
use num_bigint::BigInt;

/// `x.hex()`: `0x1.8000000000000p+1`, `-0x0.0p+0`, `inf`, `nan`; subnormals as `0x0.…p-1022`.
#[no_mangle]
pub extern "C" fn nx_float_hex(x: f64) -> *mut Obj {
    new_str(&float_hex(x))
}

pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{mantissa:013x}p{exp:+}")
}

/// `float.fromhex(s)`: ValueError for a malformed string, OverflowError past the largest float.
///
/// # Safety
/// `s` must be a live str.
#[no_mangle]
pub unsafe extern "C" fn nx_float_fromhex(s: *mut Obj) -> f64 {
    match float_fromhex(as_str(s)) {
        Ok(x) => x,
        Err(FromHexError::Invalid) => {
            raise(
                ExcKind::ValueError,
                "invalid hexadecimal floating-point string",
            );
            0.0
        }
        Err(FromHexError::Overflow) => {
            raise(
                ExcKind::OverflowError,
                "hexadecimal value too large to represent as a float",
            );
            0.0
        }
    }
}

#[derive(Debug, PartialEq)]
pub enum FromHexError {
    Invalid,
    Overflow,
}

/// CPython's `float.fromhex`, correctly rounded (half to even).
pub fn float_fromhex(text: &str) -> Result<f64, FromHexError> {
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |x: f64| if negative { -x } else { x };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let t = lower
        .strip_prefix("0x")
        .unwrap_or(lower.as_str())
        .to_string();
    let (digits_part, exp_part) = match t.find('p') {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t.as_str(), None),
    };
    let (int_digits, frac_digits) = match digits_part.find('.') {
        Some(i) => (&digits_part[..i], &digits_part[i + 1..]),
        None => (digits_part, ""),
    };
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let all_hex = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    if !all_hex(int_digits) || !all_hex(frac_digits) {
        return Err(FromHexError::Invalid);
    }
    // The exponent, clamped far past any float (the digits cannot bring it back).
    let mut exp: i64 = match exp_part {
        None => 0,
        Some(e) => {
            let (neg, d) = match e.as_bytes().first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            if d.is_empty() || !d.bytes().all(|b| b.is_ascii_digit()) {
                return Err(FromHexError::Invalid);
            }
            let v = d
                .trim_start_matches('0')
                .parse::<i64>()
                .unwrap_or(if d.trim_start_matches('0').is_empty() {
                    0
                } else {
                    1 << 40
                })
                .min(1 << 40);
            if neg {
                -v
            } else {
                v
            }
        }
    };
    exp -= 4 * frac_digits.len() as i64;
    // Up to 30 significant hex digits in `m`; any later nonzero digit is `sticky`.
    let (mut m, mut kept, mut sticky) = (0u128, 0, false);
    for c in int_digits.chars().chain(frac_digits.chars()) {
        let d = c.to_digit(16).unwrap_or(0) as u128;
        if m == 0 && d == 0 {
            continue;
        }
        if kept < 30 {
            m = m << 4 | d;
            kept += 1;
        } else {
            sticky |= d != 0;
            exp += 4;
        }
    }
    if m == 0 {
        return Ok(signed(0.0));
    }
    let nbits = 128 - m.leading_zeros() as i64;
    let top = nbits - 1 + exp;
    if top > 1023 {
        return Err(FromHexError::Overflow);
    }
    // The exponent of the result's last bit: 53 significant bits, fewer for subnormals.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp;
    let q: u64 = if shift <= 0 {
        (m << (-shift) as u32) as u64
    } else if shift >= 128 {
        0
    } else {
        let q = m >> shift as u32;
        let r = m & ((1u128 << shift as u32) - 1);
        let half = 1u128 << (shift as u32 - 1);
        let up = r > half || (r == half && (sticky || q & 1 == 1));
        (q + u128::from(up)) as u64
    };
    let scale = if lsb >= -1022 {
        f64::from_bits(((lsb + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (lsb + 1074))
    };
    let x = q as f64 * scale;
    if x.is_infinite() {
        return Err(FromHexError::Overflow);
    }
    Ok(signed(x))
}

/// `x.is_integer()`.
#[no_mangle]
pub extern "C" fn nx_float_is_integer(x: f64) -> u8 {
    (x.is_finite() && x.trunc() == x) as u8
}

/// `x.as_integer_ratio()`: the exact `(numerator, denominator)` in lowest terms, denominator
/// positive; ValueError for NaN, OverflowError for an infinity.
#[no_mangle]
pub extern "C" fn nx_float_as_integer_ratio(x: f64) -> *mut Obj {
    if x.is_nan() {
        raise(ExcKind::ValueError, "cannot convert NaN to integer ratio");
        return std::ptr::null_mut();
    }
    if x.is_infinite() {
        raise(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        );
        return std::ptr::null_mut();
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp_bits - 1075)
    };
    if m == 0 {
        e = 0;
    } else {
        let tz = m.trailing_zeros() as i64;
        m >>= tz;
        e += tz;
    }
    let mut num = BigInt::from(m);
    if x.is_sign_negative() {
        num = -num;
    }
    let mut den = BigInt::from(1u8);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    // SAFETY: `t` is a new 2-tuple, which takes its own references to the new ints.
    unsafe {
        let t = crate::tuple::nx_tuple_new(2);
        for (i, v) in [from_big(num), from_big(den)].into_iter().enumerate() {
            if !t.is_null() {
                crate::tuple::nx_tuple_init(t, i as i64, ElemKind::Int as i64, v);
            }
            crate::list::decref_elem(ElemKind::Int, v);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::tests::python;

    #[test]
    fn hex_round_trips_and_matches_cpython() {
        let values = [
            0.0,
            -0.0,
            1.0,
            3.75,
            0.1,
            -2.5e-310,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            1e300,
            -123.456,
        ];
        for x in values {
            let h = float_hex(x);
            assert_eq!(float_fromhex(&h).map(f64::to_bits), Ok(x.to_bits()), "{h}");
        }
        let input: String = values
            .iter()
            .map(|x| format!("{}\n", float_hex(*x)))
            .collect();
        let script = "import sys\nfor l in sys.stdin: print(float.fromhex(l).hex())";
        if let Some(lines) = python(script, &input) {
            let ours: Vec<String> = values.iter().map(|x| float_hex(*x)).collect();
            assert_eq!(lines, ours);
        }
    }

    #[test]
    fn fromhex_rounds_and_rejects_like_cpython() {
        let cases = [
            "0x1.8p1",
            "  -0X1P-2  ",
            "0x.8",
            "0x1.fffffffffffff8p0",
            "0x1.fffffffffffff7ffp0",
            "0x1.00000000000008p0",
            "0x1.000000000000081p0",
            "0x0.0000000000001p-1022",
            "0x0.00000000000008p-1022",
            "0x0.00000000000018p-1022",
            "1p-1075",
            "1.8p-1075",
            "0x1p1023",
            "0x1.fffffffffffffp1023",
            "0x1.fffffffffffff8p1023",
            "0x2p1023",
            "inf",
            "-Infinity",
            "0x",
            "1.2.3",
            "0xg",
            "1p",
            "ff",
            "0x123456789abcdef0123456789abcdef0123456789p-100",
        ];
        let input: String = cases.iter().map(|c| format!("{c}\n")).collect();
        let script = "import sys\nfor l in sys.stdin:\n  try: print(float.fromhex(l.rstrip('\\n')).hex())\n  except ValueError: print('ValueError')\n  except OverflowError: print('OverflowError')";
        let Some(want) = python(script, &input) else {
            return;
        };
        let got: Vec<String> = cases
            .iter()
            .map(|c| match float_fromhex(c) {
                Ok(x) => float_hex(x),
                Err(FromHexError::Invalid) => "ValueError".into(),
                Err(FromHexError::Overflow) => "OverflowError".into(),
            })
            .collect();
        assert_eq!(got, want);
    }
}
