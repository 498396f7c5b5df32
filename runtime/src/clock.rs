//! `time`: the clocks behind `time.time()`, `time.perf_counter()`, `time.monotonic()` and
//! `time.process_time()` (in nanoseconds; `stdlib/time.py` makes seconds of them as CPython
//! does), and `time.sleep()`.

use crate::exc::raise;
use crate::int::make_int;
use natrix_abi::ExcKind;

#[repr(C)]
struct Timespec {
    sec: std::ffi::c_long,
    nsec: std::ffi::c_long,
}

/// C's `struct tm` (glibc and musl, every target natrix builds for).
#[repr(C)]
struct Tm {
    fields: [i32; 9],
    gmtoff: std::ffi::c_long,
    zone: *const std::ffi::c_char,
}

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
}

/// The local time zone's offset from UTC at `secs` seconds since the epoch (tagged ints), as
/// C's `localtime` finds it (`TZ`, `/etc/localtime`); 0 when it cannot.
#[no_mangle]
pub extern "C" fn nx_utc_offset(secs: i64) -> i64 {
    let t = secs >> 1;
    let mut tm = Tm {
        fields: [0; 9],
        gmtoff: 0,
        zone: std::ptr::null(),
    };
    // SAFETY: a plain libc call on locals.
    let found = unsafe { !localtime_r(&t, &mut tm).is_null() };
    make_int(if found { tm.gmtoff as i128 } else { 0 })
}

/// The nanoseconds of clock `kind` (a tagged int): 0 the wall clock (`CLOCK_REALTIME`), 1 the
/// monotonic clock of `perf_counter` and `monotonic`, 2 the process's CPU time, 3 the
/// thread's; a tagged int.
#[no_mangle]
pub extern "C" fn nx_clock_ns(kind: i64) -> i64 {
    let clock = match kind >> 1 {
        0 => 0,
        1 => 1,
        2 => 2,
        _ => 3,
    };
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: a plain libc call on a local struct.
    if unsafe { clock_gettime(clock, &mut ts) } != 0 {
        return make_int(0);
    }
    make_int(ts.sec as i128 * 1_000_000_000 + ts.nsec as i128)
}

/// `time.sleep(secs)`: CPython's ValueError for a negative or NaN length.
#[no_mangle]
pub extern "C" fn nx_sleep(secs: f64) {
    if secs.is_nan() {
        raise(ExcKind::ValueError, "Invalid value NaN (not a number)");
    } else if secs < 0.0 {
        raise(ExcKind::ValueError, "sleep length must be non-negative");
    } else if secs.is_infinite() {
        raise(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        );
    } else {
        std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    }
}
