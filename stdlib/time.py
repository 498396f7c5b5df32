"""time: the clocks and `sleep`, over the runtime's clocks (`runtime/src/clock.rs`).

Each clock is read in nanoseconds; the float functions divide as CPython's do (a float of the
nanoseconds over 1e9)."""


def _seconds(ns):
    return float(ns) / 1e9


def time_ns():
    return __natrix_clock_ns__(0)


def time():
    return _seconds(__natrix_clock_ns__(0))


def monotonic_ns():
    return __natrix_clock_ns__(1)


def monotonic():
    return _seconds(__natrix_clock_ns__(1))


def perf_counter_ns():
    return __natrix_clock_ns__(1)


def perf_counter():
    return _seconds(__natrix_clock_ns__(1))


def process_time_ns():
    return __natrix_clock_ns__(2)


def process_time():
    return _seconds(__natrix_clock_ns__(2))


def thread_time_ns():
    return __natrix_clock_ns__(3)


def thread_time():
    return _seconds(__natrix_clock_ns__(3))


def sleep(secs):
    __natrix_sleep__(secs)
