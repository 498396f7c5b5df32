//! `int`: exact Python integers. A tagged word is either a small int (`v << 1`, low bit 0) or a
//! pointer to a heap [`BigObj`] with the low bit set. Every result goes through [`make_int`] or
//! [`from_big`], which demote to the small form whenever the value fits, so a big int is never
//! equal to a small one and the compiler's fast paths (both operands small) stay exact.
//!
//! Big ints are refcounted heap objects like any other: generated code increments and releases
//! tagged pointers (skipping small ints and the error word `1`).

use crate::exc::raise;
use crate::object::{free_object, Obj, TypeInfo};
use natrix_abi::{ExcKind, INT_ERROR, SMALL_INT_MAX, SMALL_INT_MIN};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use std::alloc::Layout;
use std::cmp::Ordering;

/// CPython 3.11's limit on decimal conversions of ints (`sys.get_int_max_str_digits()`).
pub const MAX_STR_DIGITS: usize = 4300;

/// A big integer on the heap.
#[repr(C)]
pub struct BigObj {
    pub hdr: Obj,
    pub value: BigInt,
}

pub static INT_TYPE: TypeInfo = TypeInfo {
    name: "int",
    dealloc: big_dealloc,
    traverse: None,
    clear: None,
    repr: Some(big_repr_slot),
    str: Some(big_repr_slot),
    hash: Some(big_hash_slot),
    eq: Some(big_eq_slot),
    compare: Some(big_compare_slot),
};

// The slots receive the big int's object pointer (the tagged word minus its tag bit).

unsafe fn big_repr_slot(obj: *mut Obj) -> *mut Obj {
    match int_to_string(obj as i64 | 1) {
        Some(s) => crate::str::new_str(&s),
        None => std::ptr::null_mut(),
    }
}

unsafe fn big_hash_slot(obj: *mut Obj) -> i64 {
    nx_int_hash(obj as i64 | 1)
}

unsafe fn big_eq_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    (std::ptr::eq((*b).ty, &INT_TYPE) && nx_int_compare(a as i64 | 1, b as i64 | 1) == 0) as i64
}

/// Against another big int only (mixed int/float comparisons go through the numeric paths).
unsafe fn big_compare_slot(a: *mut Obj, b: *mut Obj) -> i64 {
    if !std::ptr::eq((*b).ty, &INT_TYPE) {
        return crate::object::not_orderable_objs(a, b);
    }
    nx_int_compare(a as i64 | 1, b as i64 | 1)
}

unsafe fn big_dealloc(obj: *mut Obj) {
    let b = obj as *mut BigObj;
    std::ptr::drop_in_place(&mut (*b).value);
    free_object(obj, Layout::new::<BigObj>());
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

/// The tagged int for a big value: small when it fits, else a new heap object.
pub fn from_big(b: BigInt) -> i64 {
    if let Some(v) = b.to_i64() {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            return v << 1;
        }
    }
    let layout = Layout::new::<BigObj>();
    // SAFETY: the layout is non-zero-sized; the fields are written before the pointer escapes.
    unsafe {
        let p = std::alloc::alloc(layout) as *mut BigObj;
        if p.is_null() {
            raise(ExcKind::MemoryError, "");
            return INT_ERROR;
        }
        crate::object::track_alloc();
        std::ptr::write(
            p,
            BigObj {
                hdr: Obj {
                    refcnt: 1,
                    ty: &INT_TYPE,
                },
                value: b,
            },
        );
        (p as i64) | 1
    }
}

/// The tagged int for `v`.
#[inline]
pub fn make_int(v: i128) -> i64 {
    if v >= SMALL_INT_MIN as i128 && v <= SMALL_INT_MAX as i128 {
        (v as i64) << 1
    } else {
        from_big(BigInt::from(v))
    }
}

/// A borrowed view of a tagged int.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// # Safety
/// `v` must be a valid tagged int (not the error word).
#[inline]
pub unsafe fn view<'a>(v: i64) -> IntRef<'a> {
    if is_small(v) {
        IntRef::Small(v >> 1)
    } else {
        IntRef::Big(&(*((v - 1) as *const BigObj)).value)
    }
}

/// The value as a `BigInt` (a copy).
///
/// # Safety
/// As [`view`].
pub unsafe fn to_bigint(v: i64) -> BigInt {
    match view(v) {
        IntRef::Small(x) => BigInt::from(x),
        IntRef::Big(b) => b.clone(),
    }
}

/// The value if it is small. Big ints never hold a small value, so `None` means "does not fit
/// in 62 bits".
#[inline]
pub fn small(v: i64) -> Option<i64> {
    is_small(v).then_some(v >> 1)
}

macro_rules! binop {
    ($(#[$doc:meta])* $name:ident, small |$a:ident, $b:ident| $small:expr, big |$x:ident, $y:ident| $big:expr) => {
        $(#[$doc])*
        #[no_mangle]
        pub unsafe extern "C" fn $name(a: i64, b: i64) -> i64 {
            if let (Some($a), Some($b)) = (small(a), small(b)) {
                let ($a, $b) = ($a as i128, $b as i128);
                return $small;
            }
            // Borrowed: only a small operand is made into a `BigInt` (inline, no heap copy).
            let (xs, ys);
            let $x: &BigInt = match view(a) {
                IntRef::Small(v) => {
                    xs = BigInt::from(v);
                    &xs
                }
                IntRef::Big(v) => v,
            };
            let $y: &BigInt = match view(b) {
                IntRef::Small(v) => {
                    ys = BigInt::from(v);
                    &ys
                }
                IntRef::Big(v) => v,
            };
            $big
        }
    };
}

binop!(
    /// `a + b`.
    nx_int_add, small |a, b| make_int(a + b), big |x, y| from_big(big_add(x, y)));
binop!(
    /// `a - b`.
    nx_int_sub, small |a, b| make_int(a - b), big |x, y| from_big(big_sub(x, y)));
binop!(
    /// `a * b`.
    nx_int_mul, small |a, b| make_int(a * b), big |x, y| from_big(big_mul(x, y)));
binop!(
    /// `a // b`, floored.
    nx_int_floordiv,
    small |a, b| match floor_divmod(a, b) {
        Some((q, _)) => make_int(q),
        None => zero_division("integer division or modulo by zero"),
    },
    big |x, y| if y.is_zero() { zero_division("integer division or modulo by zero") } else { from_big(x.div_floor(y)) });
binop!(
    /// `a % b`, with the sign of `b`.
    nx_int_mod,
    small |a, b| match floor_divmod(a, b) {
        Some((_, r)) => make_int(r),
        None => zero_division("integer modulo by zero"),
    },
    big |x, y| if y.is_zero() { zero_division("integer modulo by zero") } else { from_big(x.mod_floor(y)) });
binop!(
    /// `a ** b` (an int result: a negative exponent is an error here; the compiler routes
    /// int ** negative int to float pow only where it inferred a float result).
    nx_int_pow, small |a, b| int_pow(BigInt::from(a), BigInt::from(b)), big |x, y| int_pow(x.clone(), y.clone()));
binop!(
    /// `a << b`.
    nx_int_lshift,
    small |a, b| if b < 0 { negative_shift() } else if b < 64 { make_int(a << b) } else { shift_left(BigInt::from(a), BigInt::from(b)) },
    big |x, y| shift_left(x.clone(), y.clone()));
binop!(
/// `a >> b` (floored).
nx_int_rshift,
small |a, b| if b < 0 { negative_shift() } else { make_int(a >> b.min(127)) },
big |x, y| if y.is_negative() {
    negative_shift()
} else {
    match y.to_usize() {
        Some(n) => from_big(x >> n),
        None => make_int(if x.is_negative() { -1 } else { 0 }),
    }
});
binop!(
    /// `a & b` (two's complement, as Python).
    nx_int_and, small |a, b| make_int(a & b), big |x, y| from_big(x & y));
binop!(
    /// `a | b`.
    nx_int_or, small |a, b| make_int(a | b), big |x, y| from_big(x | y));
binop!(
    /// `a ^ b`.
    nx_int_xor, small |a, b| make_int(a ^ b), big |x, y| from_big(x ^ y));

/// `a + b` for the runtime's own counting (`d[k] += 1`): two small ints add as tagged words,
/// whose sum is the tagged sum unless it overflows; anything else takes [`nx_int_add`].
#[inline]
pub fn add(a: i64, b: i64) -> i64 {
    if (a | b) & 1 == 0 {
        if let Some(sum) = a.checked_add(b) {
            return sum;
        }
    }
    // SAFETY: valid tagged ints, as the callers' are.
    unsafe { nx_int_add(a, b) }
}

// Sums, differences and products by a one-limb factor are computed in place, in a copy of an
// operand: malachite's in-place loops run about twice as fast as its allocating forms, which
// push each result limb onto a new vector.

/// `x + y`, in a copy of the longer operand.
fn big_add(x: &BigInt, y: &BigInt) -> BigInt {
    let (long, short) = if x.bits() >= y.bits() { (x, y) } else { (y, x) };
    let mut r = long.clone();
    r += short;
    r
}

/// `x - y`, in a copy of the longer operand.
fn big_sub(x: &BigInt, y: &BigInt) -> BigInt {
    if x.bits() >= y.bits() {
        let mut r = x.clone();
        r -= y;
        r
    } else {
        let mut r = y.clone();
        r -= x;
        -r
    }
}

/// `x * y`, in a copy of the other operand when one fits in a limb.
fn big_mul(x: &BigInt, y: &BigInt) -> BigInt {
    let (long, short) = if x.bits() >= y.bits() { (x, y) } else { (y, x) };
    if short.bits() > 64 {
        return x * y;
    }
    let mut r = long.clone();
    r *= short;
    r
}

fn zero_division(msg: &str) -> i64 {
    raise(ExcKind::ZeroDivisionError, msg);
    INT_ERROR
}

fn negative_shift() -> i64 {
    raise(ExcKind::ValueError, "negative shift count");
    INT_ERROR
}

fn shift_left(x: BigInt, y: BigInt) -> i64 {
    if y.is_negative() {
        return negative_shift();
    }
    if x.is_zero() {
        return 0;
    }
    match y.to_usize() {
        Some(n) if n < (1 << 40) => from_big(x << n),
        _ => {
            raise(ExcKind::OverflowError, "too many digits in integer");
            INT_ERROR
        }
    }
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

fn int_pow(base: BigInt, exp: BigInt) -> i64 {
    if exp.is_negative() {
        raise(
            ExcKind::ValueError,
            "natrix: negative int exponent where an int result was inferred",
        );
        return INT_ERROR;
    }
    if base.is_zero() {
        return make_int(if exp.is_zero() { 1 } else { 0 });
    }
    if base.is_one() {
        return make_int(1);
    }
    if base == BigInt::from(-1) {
        return make_int(if exp.is_even() { 1 } else { -1 });
    }
    match exp.to_u32() {
        Some(e) if (base.bits() as u128) * (e as u128) < (1u128 << 36) => {
            from_big(num_traits::pow(base, e as usize))
        }
        _ => {
            raise(ExcKind::MemoryError, "");
            INT_ERROR
        }
    }
}

/// `-a`.
#[no_mangle]
pub unsafe extern "C" fn nx_int_neg(a: i64) -> i64 {
    match view(a) {
        IntRef::Small(x) => make_int(-(x as i128)),
        IntRef::Big(b) => from_big(-b),
    }
}

/// `~a`.
#[no_mangle]
pub unsafe extern "C" fn nx_int_invert(a: i64) -> i64 {
    match view(a) {
        IntRef::Small(x) => make_int(!(x as i128)),
        IntRef::Big(b) => from_big(-b - 1),
    }
}

/// `abs(a)`.
#[no_mangle]
pub unsafe extern "C" fn nx_int_abs(a: i64) -> i64 {
    match view(a) {
        IntRef::Small(x) => make_int((x as i128).abs()),
        IntRef::Big(b) => from_big(b.abs()),
    }
}

/// `a / b`, correctly rounded like CPython.
#[no_mangle]
pub unsafe extern "C" fn nx_int_truediv(a: i64, b: i64) -> f64 {
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        if y == 0 {
            raise(ExcKind::ZeroDivisionError, "division by zero");
            return 0.0;
        }
        return true_div(x, y);
    }
    if b == 0 {
        raise(ExcKind::ZeroDivisionError, "division by zero");
        return 0.0;
    }
    big_true_div(&to_bigint(a), &to_bigint(b))
}

/// Correctly rounded `a / b` for small ints (`b != 0`).
pub fn true_div(a: i64, b: i64) -> f64 {
    const EXACT: u64 = 1 << 53;
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        // Both convert exactly, and IEEE division rounds correctly.
        return a as f64 / b as f64;
    }
    big_true_div(&BigInt::from(a), &BigInt::from(b))
}

/// `x * 2^e`, exactly when representable (what C's `ldexp` does).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// Correctly rounded `x / y` (`y != 0`), as CPython's `long_true_divide`: form a quotient of
/// 55-56 bits with a sticky bit, round once to 53 bits, then scale.
fn big_true_div(x: &BigInt, y: &BigInt) -> f64 {
    let negative = x.is_negative() != y.is_negative();
    let (n, d) = (x.abs(), y.abs());
    if n.is_zero() {
        return if negative { -0.0 } else { 0.0 };
    }
    let k = 55 - (n.bits() as i64 - d.bits() as i64);
    let (n, d) = if k >= 0 {
        (n << k as usize, d)
    } else {
        (n, d << (-k) as usize)
    };
    let (q, r) = n.div_rem(&d);
    let q = q.to_u64().unwrap_or(u64::MAX) | (!r.is_zero()) as u64;
    // q has 55 or 56 bits; rounding it to 53 bits here is the one rounding, except for results
    // that fall in the subnormal range, where scaling first keeps it correct.
    let exp = -k;
    let qbits = 64 - q.leading_zeros() as i64;
    let mag = if qbits + exp < -1021 {
        // Subnormal: the last bit kept is the one worth 2^-1074; round there, half to even
        // (q's own last bit is the sticky bit of the division, below every bit dropped here).
        let shift = (-1074 - exp).clamp(0, 63);
        let mut m = q >> shift;
        if shift > 0 {
            let rem = q & ((1u64 << shift) - 1);
            let half = 1u64 << (shift - 1);
            if rem > half || (rem == half && m & 1 == 1) {
                m += 1;
            }
        }
        ldexp(m as f64, exp + shift)
    } else {
        ldexp(round_to_53(q), exp)
    };
    if mag.is_infinite() {
        raise(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        );
        return 0.0;
    }
    if negative {
        -mag
    } else {
        mag
    }
}

/// Converts a u64 to f64 with round-half-even (what `as` does).
fn round_to_53(q: u64) -> f64 {
    q as f64
}

fn ordering(o: Ordering) -> i64 {
    match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// -1, 0 or 1.
#[no_mangle]
pub unsafe extern "C" fn nx_int_compare(a: i64, b: i64) -> i64 {
    match (view(a), view(b)) {
        (IntRef::Small(x), IntRef::Small(y)) => ordering(x.cmp(&y)),
        (IntRef::Big(x), IntRef::Big(y)) => ordering(x.cmp(y)),
        // A big int is never in the small range: its sign decides.
        (IntRef::Big(x), IntRef::Small(_)) => ordering(x.sign().cmp(&Sign::NoSign)),
        (IntRef::Small(_), IntRef::Big(y)) => ordering(Sign::NoSign.cmp(&y.sign())),
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
    // Compare x with floor(b); if equal, b's fractional part decides.
    let fl = b.floor();
    let Some(fi) = BigInt::from_f64(fl) else {
        return 2;
    };
    match to_bigint(a).cmp(&fi) {
        Ordering::Less => -1,
        Ordering::Greater => 1,
        Ordering::Equal if fl == b => 0,
        Ordering::Equal => -1,
    }
}

/// `float(a)`, rounding half to even.
#[no_mangle]
pub unsafe extern "C" fn nx_int_to_float(a: i64) -> f64 {
    match view(a) {
        IntRef::Small(x) => x as f64,
        IntRef::Big(b) => big_to_f64(b),
    }
}

/// `|b|` as `f * 2**e`: `f` its top bits rounded once to a float's 53 (ties to even; an
/// integer float), `e` the exact scale.
pub fn big_scaled(b: &BigInt) -> (f64, i64) {
    // Keep 55 bits plus a sticky bit, then one rounding.
    let bits = b.bits() as i64;
    let mag = b.abs();
    if bits <= 64 {
        return (mag.to_u64().map_or(f64::INFINITY, |v| v as f64), 0);
    }
    let shift = bits - 55;
    let top = (&mag >> shift as usize).to_u64().unwrap_or(u64::MAX);
    let sticky = (mag.trailing_zeros().unwrap_or(0) < shift as u64) as u64;
    ((top | sticky) as f64, shift)
}

/// A big int as the nearest float (ties to even), or OverflowError.
pub fn big_to_f64(b: &BigInt) -> f64 {
    let (m, e) = big_scaled(b);
    let f = ldexp(m, e);
    if f.is_infinite() {
        raise(ExcKind::OverflowError, "int too large to convert to float");
        return 0.0;
    }
    if b.is_negative() {
        -f
    } else {
        f
    }
}

/// The modulus of CPython's numeric hashes.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(a)`, as CPython: sign * (|a| mod (2^61 - 1)), with -1 mapped to -2.
#[no_mangle]
pub unsafe extern "C" fn nx_int_hash(a: i64) -> i64 {
    match view(a) {
        IntRef::Small(x) => tag(int_hash(x)),
        IntRef::Big(b) => {
            let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
            let h = if b.is_negative() { -m } else { m };
            tag(if h == -1 { -2 } else { h })
        }
    }
}

/// `hash(obj)` from the int `h` its `__hash__` returned, as CPython's `slot_tp_hash` makes
/// it: `h` itself when it fits a machine word (`-1` becomes `-2`), else the int's hash. (A
/// `__hash__` returning `hash((self.x, self.y))` keeps the tuple's full 64-bit hash.)
///
/// # Safety
/// `h` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_hash_result(h: i64) -> i64 {
    let v = match view(h) {
        IntRef::Small(x) => x,
        IntRef::Big(b) => match b.to_i64() {
            Some(x) => x,
            None => return nx_int_hash(h),
        },
    };
    make_int(if v == -1 { -2 } else { v } as i128)
}

/// `len(obj)` from the int `n` its `__len__` returned: `n`, or CPython's ValueError when it is
/// negative (OverflowError past a machine word).
///
/// # Safety
/// `n` must be a valid tagged int.
#[no_mangle]
pub unsafe extern "C" fn nx_len_result(n: i64) -> i64 {
    match view(n) {
        IntRef::Small(x) if x >= 0 => n,
        IntRef::Big(b) if !b.is_negative() => {
            let msg = "cannot fit 'int' into an index-sized integer";
            raise(ExcKind::OverflowError, msg);
            INT_ERROR
        }
        _ => {
            let msg = "__len__() should return >= 0";
            raise(ExcKind::ValueError, msg);
            INT_ERROR
        }
    }
}

/// CPython's hash of a small int.
pub fn int_hash(v: i64) -> i64 {
    let a = v.unsigned_abs();
    // Below the modulus (every small int but the largest few) the hash is the value itself; a
    // Mersenne modulus reduces with a shift and a mask, no division.
    let h = if a < HASH_MODULUS {
        a
    } else {
        let r = (a & HASH_MODULUS) + (a >> 61);
        if r >= HASH_MODULUS {
            r - HASH_MODULUS
        } else {
            r
        }
    } as i64;
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
    let nd = match view(ndigits) {
        IntRef::Small(n) => n,
        IntRef::Big(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                0
            }
        }
    };
    if nd >= 0 {
        return retain(a);
    }
    let x = to_bigint(a);
    // Past the number's own digits, everything rounds to 0.
    let digits = (x.bits() as f64 * std::f64::consts::LOG10_2) as i64 + 2;
    if nd.saturating_neg() > digits {
        return 0;
    }
    let p = num_traits::pow(BigInt::from(10), (-nd) as usize);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = r * 2;
    let q = match twice.cmp(&p) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    from_big(q * p)
}

/// A new reference to the int `a` (results are new references, even when returned unchanged).
pub unsafe fn retain(a: i64) -> i64 {
    if !is_small(a) {
        (*((a - 1) as *mut Obj)).refcnt += 1;
    }
    a
}

/// The decimal form of an int, or ValueError past CPython 3.11's digit limit.
pub unsafe fn int_to_string(a: i64) -> Option<String> {
    match view(a) {
        IntRef::Small(x) => Some(x.to_string()),
        IntRef::Big(b) => {
            let s = b.to_string();
            let digits = s.len() - b.is_negative() as usize;
            if digits > MAX_STR_DIGITS {
                raise(
                    ExcKind::ValueError,
                    format!("Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
                );
                return None;
            }
            Some(s)
        }
    }
}

/// An int from a float that is finite (truncated toward zero).
pub fn int_from_f64(x: f64) -> i64 {
    let t = x.trunc();
    if t.abs() < 4.0e18 {
        return make_int(t as i128);
    }
    match BigInt::from_f64(t) {
        Some(b) => from_big(b),
        None => {
            raise(
                ExcKind::OverflowError,
                "cannot convert float infinity to integer",
            );
            INT_ERROR
        }
    }
}

/// Parses decimal digits (already validated, no underscores or sign) into a tagged int.
pub fn int_from_digits(negative: bool, digits: &str) -> i64 {
    if digits.len() <= 18 {
        let v: i128 = digits.parse().unwrap_or(0);
        return make_int(if negative { -v } else { v });
    }
    let v = BigInt::parse_bytes(digits.as_bytes(), 10).unwrap_or_default();
    from_big(if negative { -v } else { v })
}

/// The sign of a BigInt's value, for callers outside this module.
pub fn sign_of(b: &BigInt) -> Sign {
    b.sign()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_hash_matches_the_modulus() {
        let m = HASH_MODULUS as i64;
        for v in [
            0,
            1,
            -1,
            -2,
            5,
            m - 1,
            m,
            m + 1,
            -m,
            -m - 1,
            2 * m + 3,
            i64::MAX,
            i64::MIN + 1,
        ] {
            let slow = {
                let h = (v.unsigned_abs() % HASH_MODULUS) as i64;
                let h = if v < 0 { -h } else { h };
                if h == -1 {
                    -2
                } else {
                    h
                }
            };
            assert_eq!(int_hash(v), slow, "{v}");
        }
        assert_eq!(int_hash(i64::MIN), -((1i64 << 2) % m));
    }
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
            assert_eq!(
                big(nx_int_floordiv(t(SMALL_INT_MIN), t(-1))),
                "4611686018427387904"
            );
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

    /// The decimal value of a result, which must not be an error.
    fn big(r: i64) -> String {
        assert_eq!(take(), None);
        assert_ne!(r, INT_ERROR);
        unsafe { int_to_string(r).expect("printable") }
    }

    #[test]
    fn add_sub_mul_promote_to_big_and_back() {
        let _g = lock();
        unsafe {
            assert_eq!(ok(nx_int_add(t(SMALL_INT_MAX - 1), t(1))), SMALL_INT_MAX);
            let b = nx_int_add(t(SMALL_INT_MAX), t(1));
            assert!(!is_small(b));
            assert_eq!(big(b), "4611686018427387904");
            // Back to small when the value fits again.
            assert_eq!(ok(nx_int_sub(b, t(1))), SMALL_INT_MAX);
            assert_eq!(ok(nx_int_sub(t(SMALL_INT_MIN + 1), t(1))), SMALL_INT_MIN);
            assert_eq!(
                big(nx_int_sub(t(SMALL_INT_MIN), t(1))),
                "-4611686018427387905"
            );
            assert_eq!(ok(nx_int_mul(t(-3), t(7))), -21);
            // python3 -c 'print((2**62-1)**2)'
            assert_eq!(
                big(nx_int_mul(t(SMALL_INT_MAX), t(SMALL_INT_MAX))),
                "21267647932558653957237540927630737409"
            );
            assert_eq!(big(nx_int_neg(t(SMALL_INT_MIN))), "4611686018427387904");
            assert_eq!(ok(nx_int_neg(t(5))), -5);
            assert_eq!(ok(nx_int_abs(t(-5))), 5);
            assert_eq!(big(nx_int_abs(t(SMALL_INT_MIN))), "4611686018427387904");
            assert_eq!(ok(nx_int_invert(t(5))), -6);
            assert_eq!(ok(nx_int_invert(t(SMALL_INT_MIN))), SMALL_INT_MAX);
            assert_eq!(ok(nx_int_and(t(-6), t(13))), -6 & 13);
            assert_eq!(ok(nx_int_or(t(-6), t(13))), -6 | 13);
            assert_eq!(ok(nx_int_xor(t(-6), t(13))), -6 ^ 13);
            // Two's complement on big negatives: python3 -c 'print(-(2**70) & (2**65 - 1), -(2**70) | 5, ~(2**70))'
            let p70 = nx_int_pow(t(2), t(70));
            let m70 = nx_int_neg(p70);
            let m65 = nx_int_sub(nx_int_pow(t(2), t(65)), t(1));
            assert_eq!(ok(nx_int_and(m70, m65)), 0);
            assert_eq!(big(nx_int_or(m70, t(5))), "-1180591620717411303419");
            assert_eq!(big(nx_int_invert(p70)), "-1180591620717411303425");
            // python3 -c 'print((-(2**70)) // 7, (-(2**70)) % 7, 2**70 // -(2**65), hash(2**70), hash(-(2**70)))'
            assert_eq!(big(nx_int_floordiv(m70, t(7))), "-168655945816773043347");
            assert_eq!(ok(nx_int_mod(m70, t(7))), 5);
            assert_eq!(
                ok(nx_int_floordiv(p70, nx_int_neg(nx_int_pow(t(2), t(65))))),
                -32
            );
            assert_eq!(nx_int_hash(p70) >> 1, 512);
            assert_eq!(nx_int_hash(m70) >> 1, -512);
            assert_eq!(nx_int_compare(p70, t(5)), 1);
            assert_eq!(nx_int_compare(m70, t(5)), -1);
            assert_eq!(nx_int_to_float(p70), 1180591620717411303424.0);
            assert_eq!(nx_int_float_compare(p70, 1180591620717411303424.0), 0);
            assert_eq!(
                nx_int_float_compare(nx_int_add(p70, t(1)), 1180591620717411303424.0),
                1
            );
            for v in [p70, m70, m65, b] {
                let obj = (v - 1) as *mut Obj;
                (*obj).refcnt -= 1;
                if (*obj).refcnt == 0 {
                    crate::object::nx_dealloc(obj);
                }
            }
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
            assert_eq!(big(nx_int_pow(t(-2), t(62))), "4611686018427387904");
            assert_eq!(ok(nx_int_pow(t(-4), t(31))), SMALL_INT_MIN);
            // python3 -c 'print(3**40, 2**100)'
            assert_eq!(big(nx_int_pow(t(3), t(40))), "12157665459056928801");
            assert_eq!(
                big(nx_int_pow(t(2), t(100))),
                "1267650600228229401496703205376"
            );
            assert_eq!(err(nx_int_pow(t(3), t(SMALL_INT_MAX))).0, "MemoryError");
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
            assert_eq!(big(nx_int_lshift(t(1), t(62))), "4611686018427387904");
            assert_eq!(
                big(nx_int_lshift(t(1), t(100))),
                "1267650600228229401496703205376"
            );
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
            // python3 -c 'print(-(2**100) >> 90)'
            assert_eq!(
                ok(nx_int_rshift(nx_int_neg(nx_int_pow(t(2), t(100))), t(90))),
                -1024
            );
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
            // python3 -c 'print(float(2**1023 * 3))' -> OverflowError
            nx_int_to_float(nx_int_mul(nx_int_pow(t(2), t(1023)), t(3)));
            assert_eq!(
                take(),
                Some(("OverflowError", "int too large to convert to float".into()))
            );
            // python3 -c 'print(float(2**80 + 2**27), float(2**80 + 2**27 + 1))'
            let x = nx_int_add(nx_int_pow(t(2), t(80)), t(1 << 27));
            assert_eq!(nx_int_to_float(x), 1.2089258196146292e+24);
            assert_eq!(nx_int_to_float(nx_int_add(x, t(1))), 1.2089258196146294e+24);
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
                big(nx_int_round(t(SMALL_INT_MAX), t(-18))),
                "5000000000000000000"
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
