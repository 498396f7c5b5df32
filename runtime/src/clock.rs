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

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
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
