"""time: the clocks and `sleep`, over the runtime's clocks (`runtime/src/clock.rs`), and the
calendar functions (`localtime`, `gmtime`, `mktime`, `strftime`, `asctime`, `ctime`) over
`datetime`'s calendar and local time.

Each clock is read in nanoseconds; the float functions divide as CPython's do (a float of the
nanoseconds over 1e9). A `struct_time` is `datetime`'s, read by name, by index or unpacked;
its `tm_isdst` is 0 (natrix knows the local offset from UTC, not whether it is summer time)."""

import datetime as _dt


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


def _struct(fields):
    year, month, day, hour, minute, second, _us = fields
    t = _dt._StructTime(year, month, day, hour, minute, second)
    t.tm_isdst = 0
    return t


def _whole_seconds(secs):
    if secs is None:
        return __natrix_clock_ns__(0) // 1000000000
    return int(secs // 1)


def localtime(secs=None):
    return _struct(_dt._local_from_timestamp(_whole_seconds(secs)))


def gmtime(secs=None):
    days, rest = divmod(_whole_seconds(secs), 86400)
    year, month, day = _dt._ordinal_to_ymd(days + _dt._EPOCH_ORDINAL)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return _struct((year, month, day, hour, minute, second, 0))


def mktime(t):
    local = (_dt._ymd_to_ordinal(t.tm_year, t.tm_mon, t.tm_mday) - _dt._EPOCH_ORDINAL) * 86400
    local += t.tm_hour * 3600 + t.tm_min * 60 + t.tm_sec
    return float(_dt._utc_of_local(local))


def strftime(format, t=None):
    if t is None:
        t = localtime()
    return _dt._strftime(format, t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, 0)


def asctime(t=None):
    return strftime("%a %b %e %H:%M:%S %Y", t)


def ctime(secs=None):
    return asctime(localtime(secs))
