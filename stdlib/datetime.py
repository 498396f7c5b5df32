"""datetime: `date`, `time`, `datetime` and `timedelta`, as CPython 3.11's, without time zones
(every `date`, `time` and `datetime` is naive; `tzinfo` is always None).

Dates are proleptic Gregorian; a day is numbered by its ordinal (1 January of year 1 is 1).
A `timedelta` is kept as CPython keeps it: days, seconds (0 to 86399) and microseconds (0 to
999999), the days carrying the sign. Local time (`now()`, `today()`, `fromtimestamp()`,
`timestamp()`) is the C library's (`TZ`, `/etc/localtime`), through the runtime's
`__natrix_utc_offset__`."""

import math as _math

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_MONTH_NAMES = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Days in 400, 100 and 4 years.
_DI400Y = 146097
_DI100Y = 36524
_DI4Y = 1461
_MAX_ORDINAL = 3652059


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + leap_day + day


def _ordinal_to_ymd(n):
    """The year, month and day of day `n` (1 is 1 January of year 1)."""
    n -= 1
    cycles400, n = divmod(n, _DI400Y)
    year = cycles400 * 400 + 1
    cycles100, n = divmod(n, _DI100Y)
    cycles4, n = divmod(n, _DI4Y)
    years, n = divmod(n, 365)
    year += cycles100 * 100 + cycles4 * 4 + years
    if years == 4 or cycles100 == 4:
        # The last day of a 4-year or 400-year cycle: 31 December of the year before.
        return year - 1, 12, 31
    leap = years == 3 and (cycles4 != 24 or cycles100 == 3)
    month = 1
    while month < 12:
        following = _DAYS_BEFORE_MONTH[month + 1] + (1 if month + 1 > 2 and leap else 0)
        if following > n:
            break
        month += 1
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    return year, month, n - before + 1


def _check_date(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _two(n):
    return str(n).rjust(2, "0")


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return _two(hour)
    if timespec == "minutes":
        return _two(hour) + ":" + _two(minute)
    if timespec == "seconds":
        return _two(hour) + ":" + _two(minute) + ":" + _two(second)
    if timespec == "milliseconds":
        ms = str(microsecond // 1000).rjust(3, "0")
        return _two(hour) + ":" + _two(minute) + ":" + _two(second) + "." + ms
    if timespec == "microseconds":
        us = str(microsecond).rjust(6, "0")
        return _two(hour) + ":" + _two(minute) + ":" + _two(second) + "." + us
    raise ValueError("Unknown timespec value")


def _strftime(fmt, year, month, day, hour, minute, second, microsecond):
    """C's `strftime` in the C locale, as CPython's `strftime` of a naive value gives it."""
    ordinal = _ymd_to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - _ymd_to_ordinal(year, 1, 1) + 1
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        # (glibc's `E` and `O` modifiers change nothing in the C locale.)
        if (d == "E" or d == "O") and i < n:
            d = fmt[i]
            i += 1
        if d == "Y":
            out.append(str(year))
        elif d == "m":
            out.append(_two(month))
        elif d == "d":
            out.append(_two(day))
        elif d == "H":
            out.append(_two(hour))
        elif d == "M":
            out.append(_two(minute))
        elif d == "S":
            out.append(_two(second))
        elif d == "f":
            out.append(str(microsecond).rjust(6, "0"))
        elif d == "y":
            out.append(_two(year % 100))
        elif d == "b" or d == "h":
            out.append(_MONTH_NAMES[month][:3])
        elif d == "B":
            out.append(_MONTH_NAMES[month])
        elif d == "a":
            out.append(_DAY_NAMES[weekday][:3])
        elif d == "A":
            out.append(_DAY_NAMES[weekday])
        elif d == "w":
            out.append(str((weekday + 1) % 7))
        elif d == "u":
            out.append(str(weekday + 1))
        elif d == "j":
            out.append(str(yday).rjust(3, "0"))
        elif d == "I":
            out.append(_two(hour % 12 if hour % 12 else 12))
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "e":
            out.append(str(day).rjust(2))
        elif d == "U":
            out.append(_two((yday + 6 - (weekday + 1) % 7) // 7))
        elif d == "W":
            out.append(_two((yday + 6 - weekday) // 7))
        elif d == "G" or d == "V":
            iso_year, iso_week, _ = _iso_calendar(year, month, day)
            out.append(str(iso_year) if d == "G" else _two(iso_week))
        elif d == "c":
            out.append(
                _DAY_NAMES[weekday][:3] + " " + _MONTH_NAMES[month][:3] + " " + str(day).rjust(2)
                + " " + _two(hour) + ":" + _two(minute) + ":" + _two(second) + " " + str(year)
            )
        elif d == "x":
            out.append(_two(month) + "/" + _two(day) + "/" + _two(year % 100))
        elif d == "X":
            out.append(_two(hour) + ":" + _two(minute) + ":" + _two(second))
        elif d == "D":
            out.append(_two(month) + "/" + _two(day) + "/" + _two(year % 100))
        elif d == "F":
            out.append(str(year) + "-" + _two(month) + "-" + _two(day))
        elif d == "T":
            out.append(_two(hour) + ":" + _two(minute) + ":" + _two(second))
        elif d == "R":
            out.append(_two(hour) + ":" + _two(minute))
        elif d == "C":
            out.append(_two(year // 100))
        elif d == "g":
            out.append(_two(_iso_calendar(year, month, day)[0] % 100))
        elif d == "k":
            out.append(str(hour).rjust(2))
        elif d == "l":
            out.append(str(hour % 12 if hour % 12 else 12).rjust(2))
        elif d == "P":
            out.append("am" if hour < 12 else "pm")
        elif d == "r":
            out.append(
                _two(hour % 12 if hour % 12 else 12) + ":" + _two(minute) + ":" + _two(second)
                + (" AM" if hour < 12 else " PM")
            )
        elif d == "s":
            local = (ordinal - _EPOCH_ORDINAL) * 86400 + hour * 3600 + minute * 60 + second
            out.append(str(_utc_of_local(local)))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        elif d == "z" or d == "Z":
            pass
        else:
            out.append("%" + d)
    return "".join(out)


def _iso_calendar(year, month, day):
    ordinal = _ymd_to_ordinal(year, month, day)
    week1 = _iso_week1_monday(year)
    week, weekday = divmod(ordinal - week1, 7)
    if week < 0:
        year -= 1
        week, weekday = divmod(ordinal - _iso_week1_monday(year), 7)
    elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, weekday + 1


def _utc_of_local(local):
    """The seconds since the epoch whose local time is `local` (seconds since the epoch as
    if the local time were UTC): the offset at a first guess, corrected once."""
    guess = local - __natrix_utc_offset__(local)
    return local - __natrix_utc_offset__(guess)


def _now():
    """`time.time()` (which module `time` builds on this one's calendar)."""
    return float(__natrix_clock_ns__(0)) / 1e9


def _local_from_timestamp(t):
    """The local date and time of `t` seconds since the epoch (an int or a float): year,
    month, day, hour, minute, second, microsecond."""
    whole = int(t // 1) if isinstance(t, float) else t
    frac = t - whole
    us = round(frac * 1000000)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    secs = whole + __natrix_utc_offset__(whole)
    days, rest = divmod(secs, 86400)
    year, month, day = _ordinal_to_ymd(days + _EPOCH_ORDINAL)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return year, month, day, hour, minute, second, us


class _StructTime:
    """What `timetuple()` gives: CPython's `time.struct_time` of a naive value (`tm_isdst`
    -1), read by name, by index or unpacked."""

    def __init__(self, year, month, day, hour, minute, second):
        self.tm_year = year
        self.tm_mon = month
        self.tm_mday = day
        self.tm_hour = hour
        self.tm_min = minute
        self.tm_sec = second
        ordinal = _ymd_to_ordinal(year, month, day)
        self.tm_wday = (ordinal + 6) % 7
        self.tm_yday = ordinal - _ymd_to_ordinal(year, 1, 1) + 1
        self.tm_isdst = -1

    def _items(self):
        return (self.tm_year, self.tm_mon, self.tm_mday, self.tm_hour, self.tm_min,
                self.tm_sec, self.tm_wday, self.tm_yday, self.tm_isdst)

    def __repr__(self):
        return (
            f"time.struct_time(tm_year={self.tm_year}, tm_mon={self.tm_mon}, "
            f"tm_mday={self.tm_mday}, tm_hour={self.tm_hour}, tm_min={self.tm_min}, "
            f"tm_sec={self.tm_sec}, tm_wday={self.tm_wday}, tm_yday={self.tm_yday}, "
            f"tm_isdst={self.tm_isdst})"
        )

    def __iter__(self):
        return iter(self._items())

    def __len__(self):
        return 9

    def __getitem__(self, i):
        return self._items()[i]

    def __eq__(self, other):
        if isinstance(other, _StructTime):
            return self._items() == other._items()
        if isinstance(other, tuple):
            return self._items() == other
        return NotImplemented

    def __hash__(self):
        return hash(self._items())


class IsoCalendarDate:
    """What `isocalendar()` gives: the ISO year, week and weekday, read by name, by index or
    unpacked (CPython's is a tuple subclass)."""

    def __init__(self, year, week, weekday):
        self.year = year
        self.week = week
        self.weekday = weekday

    def __repr__(self):
        return (
            f"datetime.IsoCalendarDate(year={self.year}, week={self.week}, "
            f"weekday={self.weekday})"
        )

    def __iter__(self):
        return iter((self.year, self.week, self.weekday))

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return (self.year, self.week, self.weekday)[i]

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            return (self.year, self.week, self.weekday) == (other.year, other.week, other.weekday)
        if isinstance(other, tuple):
            return (self.year, self.week, self.weekday) == other
        return NotImplemented

    def __hash__(self):
        return hash((self.year, self.week, self.weekday))


class timedelta:
    """A duration: days, seconds and microseconds, normalized as CPython's."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                 weeks=0):
        # As CPython sums them: in microseconds, the whole parts of floats exactly, their
        # fractions of a microsecond apart, rounded (half to even) at the end.
        total, left = _accum(0, 0.0, microseconds, 1)
        total, left = _accum(total, left, milliseconds, 1000)
        total, left = _accum(total, left, seconds, 1000000)
        total, left = _accum(total, left, minutes, 60000000)
        total, left = _accum(total, left, hours, 3600000000)
        total, left = _accum(total, left, days, 86400000000)
        total, left = _accum(total, left, weeks, 604800000000)
        if left != 0.0:
            whole = round(left)
            if abs(whole - left) == 0.5:
                odd = total % 2
                whole = 2 * round((left + odd) * 0.5) - odd
            total += int(whole)
        d, rest = divmod(total, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        self.days = d
        self.seconds = s
        self.microseconds = us

    def _us(self):
        return (self.days * 86400 + self.seconds) * 1000000 + self.microseconds

    def total_seconds(self):
        return self._us() / 1000000

    def __repr__(self):
        parts = []
        if self.days:
            parts.append(f"days={self.days}")
        if self.seconds:
            parts.append(f"seconds={self.seconds}")
        if self.microseconds:
            parts.append(f"microseconds={self.microseconds}")
        if not parts:
            parts.append("0")
        return "datetime.timedelta(" + ", ".join(parts) + ")"

    def __str__(self):
        minutes, secs = divmod(self.seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{secs:02d}"
        if self.microseconds:
            text += f".{self.microseconds:06d}"
        if self.days:
            plural = "" if abs(self.days) == 1 else "s"
            text = f"{self.days} day{plural}, " + text
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self.days < 0 else self

    def __mul__(self, other):
        if isinstance(other, bool) or isinstance(other, int):
            return timedelta(microseconds=self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta(microseconds=_round_half_even(self._us() * n, d))
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta(microseconds=_round_half_even(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta(microseconds=_round_half_even(self._us() * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        q, r = divmod(self._us(), other._us())
        return q, timedelta(microseconds=r)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        return self._us() < other._us()

    def __le__(self, other):
        return self._us() <= other._us()

    def __gt__(self, other):
        return self._us() > other._us()

    def __ge__(self, other):
        return self._us() >= other._us()

    def __hash__(self):
        return hash((self.days, self.seconds, self.microseconds))

    def __bool__(self):
        return self.days != 0 or self.seconds != 0 or self.microseconds != 0


def _accum(total, left, value, factor):
    """`total` (microseconds) plus `value` times `factor`, and the fraction of a microsecond
    left over (added to `left`)."""
    if isinstance(value, float):
        frac, whole = _math.modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total, left
        frac, whole = _math.modf(factor * frac)
        return total + int(whole), left + frac
    return total + value * factor, left


def _round_half_even(a, b):
    """`a / b` of ints rounded to the nearest int, ties to even."""
    q, r = divmod(a, b)
    twice = 2 * r
    if b > 0:
        if twice > b or (twice == b and q % 2 == 1):
            q += 1
    elif twice < b or (twice == b and q % 2 == 1):
        q += 1
    return q


class date:
    """A day of the proleptic Gregorian calendar."""

    def __init__(self, year, month, day):
        _check_date(year, month, day)
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now())

    @classmethod
    def fromtimestamp(cls, t):
        year, month, day, _, _, _, _ = _local_from_timestamp(t)
        return cls(year, month, day)

    @classmethod
    def fromordinal(cls, n):
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError(f"year {_ordinal_to_ymd(n)[0]} is out of range")
        year, month, day = _ordinal_to_ymd(n)
        return cls(year, month, day)

    @classmethod
    def fromisoformat(cls, text):
        year, month, day = _parse_iso_date(text, text)
        return cls(year, month, day)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= 53:
            raise ValueError(f"Invalid week: {week}")
        if not 1 <= day <= 7:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        y, m, d = _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)
        return cls(y, m, d)

    def toordinal(self):
        return _ymd_to_ordinal(self.year, self.month, self.day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year, week, weekday = _iso_calendar(self.year, self.month, self.day)
        return IsoCalendarDate(year, week, weekday)

    def timetuple(self):
        return _StructTime(self.year, self.month, self.day, 0, 0, 0)

    def isoformat(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return f"datetime.date({self.year}, {self.month}, {self.day})"

    def ctime(self):
        return self.strftime("%a %b %e 00:00:00 %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self.year, self.month, self.day, 0, 0, 0, 0)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        return self.strftime(spec)

    def replace(self, year=None, month=None, day=None):
        return date(
            self.year if year is None else year,
            self.month if month is None else month,
            self.day if day is None else day,
        )

    def _key(self):
        return (self.year, self.month, self.day)

    def _comparable(self, other):
        """CPython's TypeError for a date against a datetime (which is a date too)."""
        if isinstance(other, datetime) != isinstance(self, datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return date.fromordinal(n)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, datetime):
            raise TypeError(
                "unsupported operand type(s) for -: 'datetime.date' and 'datetime.datetime'"
            )
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return False
        if isinstance(other, date):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        self._comparable(other)
        return self._key() < other._key()

    def __le__(self, other):
        self._comparable(other)
        return self._key() <= other._key()

    def __gt__(self, other):
        self._comparable(other)
        return self._key() > other._key()

    def __ge__(self, other):
        self._comparable(other)
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())


_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)


class time:
    """A time of day."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0):
        _check_time(hour, minute, second, microsecond)
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = None

    @classmethod
    def fromisoformat(cls, text):
        hour, minute, second, us = _parse_iso_time(text, text)
        return cls(hour, minute, second, us)

    def isoformat(self, timespec="auto"):
        return _format_time(self.hour, self.minute, self.second, self.microsecond, timespec)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        parts = [str(self.hour), str(self.minute)]
        if self.second or self.microsecond:
            parts.append(str(self.second))
        if self.microsecond:
            parts.append(str(self.microsecond))
        return "datetime.time(" + ", ".join(parts) + ")"

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self.hour, self.minute, self.second, self.microsecond)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        return self.strftime(spec)

    def replace(self, hour=None, minute=None, second=None, microsecond=None):
        return time(
            self.hour if hour is None else hour,
            self.minute if minute is None else minute,
            self.second if second is None else second,
            self.microsecond if microsecond is None else microsecond,
        )

    def _key(self):
        return (self.hour, self.minute, self.second, self.microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


class datetime(date):
    """A date and a time of day, without a time zone."""

    # (Set below, once the class exists; its own, not `date`'s.)
    min = None
    max = None
    resolution = None

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = None

    @classmethod
    def now(cls):
        return cls.fromtimestamp(_now())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_now())

    @classmethod
    def fromtimestamp(cls, t):
        year, month, day, hour, minute, second, us = _local_from_timestamp(t)
        return cls(year, month, day, hour, minute, second, us)

    @classmethod
    def utcfromtimestamp(cls, t):
        whole = int(t // 1) if isinstance(t, float) else t
        us = round((t - whole) * 1000000)
        days, rest = divmod(whole, 86400)
        year, month, day = _ordinal_to_ymd(days + _EPOCH_ORDINAL)
        hour, rest = divmod(rest, 3600)
        minute, second = divmod(rest, 60)
        return cls(year, month, day, hour, minute, second, us)

    @classmethod
    def fromordinal(cls, n):
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError(f"year {_ordinal_to_ymd(n)[0]} is out of range")
        year, month, day = _ordinal_to_ymd(n)
        return cls(year, month, day)

    @classmethod
    def combine(cls, d, t):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond)

    @classmethod
    def fromisoformat(cls, text):
        if len(text) < 7:
            raise ValueError(f"Invalid isoformat string: {text!r}")
        cut = 10
        if len(text) > 8 and text[4] != "-":
            cut = 8
        year, month, day = _parse_iso_date(text[:cut], text)
        hour, minute, second, us = 0, 0, 0, 0
        if len(text) > cut:
            if len(text) == cut + 1:
                raise ValueError(f"Invalid isoformat string: {text!r}")
            hour, minute, second, us = _parse_iso_time(text[cut + 1:], text)
        return cls(year, month, day, hour, minute, second, us)

    @classmethod
    def strptime(cls, text, fmt):
        year, month, day, hour, minute, second, us = _strptime(text, fmt)
        return cls(year, month, day, hour, minute, second, us)

    def date(self):
        return date(self.year, self.month, self.day)

    def timetuple(self):
        return _StructTime(self.year, self.month, self.day, self.hour, self.minute, self.second)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond)

    def timestamp(self):
        local = (self.toordinal() - _EPOCH_ORDINAL) * 86400
        local += self.hour * 3600 + self.minute * 60 + self.second
        return _utc_of_local(local) + self.microsecond / 1000000

    def isoformat(self, sep="T", timespec="auto"):
        day = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return day + sep + _format_time(
            self.hour, self.minute, self.second, self.microsecond, timespec
        )

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        parts = [
            str(self.year), str(self.month), str(self.day), str(self.hour), str(self.minute),
        ]
        if self.second or self.microsecond:
            parts.append(str(self.second))
        if self.microsecond:
            parts.append(str(self.microsecond))
        return "datetime.datetime(" + ", ".join(parts) + ")"

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        return _strftime(
            fmt, self.year, self.month, self.day, self.hour, self.minute, self.second,
            self.microsecond,
        )

    def __format__(self, spec):
        if spec == "":
            return str(self)
        return self.strftime(spec)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None):
        return datetime(
            self.year if year is None else year,
            self.month if month is None else month,
            self.day if day is None else day,
            self.hour if hour is None else hour,
            self.minute if minute is None else minute,
            self.second if second is None else second,
            self.microsecond if microsecond is None else microsecond,
        )

    def _us(self):
        secs = (self.toordinal() * 86400 + self.hour * 3600 + self.minute * 60 + self.second)
        return secs * 1000000 + self.microsecond

    def _key(self):
        return (self.year, self.month, self.day, self.hour, self.minute, self.second,
                self.microsecond)

    def __add__(self, other):
        if isinstance(other, timedelta):
            total = self._us() + other._us()
            days, rest = divmod(total, 86400000000)
            if not 1 <= days <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            year, month, day = _ordinal_to_ymd(days)
            secs, us = divmod(rest, 1000000)
            hour, secs = divmod(secs, 3600)
            minute, second = divmod(secs, 60)
            return datetime(year, month, day, hour, minute, second, us)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(microseconds=-other._us())
        if isinstance(other, datetime):
            return timedelta(microseconds=self._us() - other._us())
        if isinstance(other, date):
            raise TypeError(
                "unsupported operand type(s) for -: 'datetime.datetime' and 'datetime.date'"
            )
        return NotImplemented

    # (The orderings are `date`'s, of this `_key`; defining `__eq__` drops the inherited
    # `__hash__`, as in CPython, so it is defined again.)
    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._key() == other._key()
        if isinstance(other, date):
            return False
        return NotImplemented

    def __hash__(self):
        return hash(self._key())


def _digits(text, i, n, whole):
    """The int of the `n` digits of `text` at `i`; ValueError naming `whole` otherwise."""
    part = text[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        raise ValueError(f"Invalid isoformat string: {whole!r}")
    return int(part)


def _parse_iso_date(text, whole):
    """`YYYY-MM-DD`, `YYYYMMDD`, `YYYY-Www-D` or `YYYYWwwD`."""
    year = _digits(text, 0, 4, whole)
    dashed = len(text) > 4 and text[4] == "-"
    at = 5 if dashed else 4
    if len(text) > at and text[at] == "W":
        week = _digits(text, at + 1, 2, whole)
        at += 3
        if dashed:
            if len(text) <= at or text[at] != "-":
                raise ValueError(f"Invalid isoformat string: {whole!r}")
            at += 1
        weekday = _digits(text, at, 1, whole)
        if len(text) != at + 1:
            raise ValueError(f"Invalid isoformat string: {whole!r}")
        y, m, d = _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + weekday - 1)
        return y, m, d
    month = _digits(text, at, 2, whole)
    at += 2
    if dashed:
        if len(text) <= at or text[at] != "-":
            raise ValueError(f"Invalid isoformat string: {whole!r}")
        at += 1
    day = _digits(text, at, 2, whole)
    if len(text) != at + 2:
        raise ValueError(f"Invalid isoformat string: {whole!r}")
    return year, month, day


def _parse_iso_time(text, whole):
    """`HH`, `HH:MM`, `HH:MM:SS`, `HH:MM:SS.ffffff` (or 3 digits), also without colons."""
    hour = _digits(text, 0, 2, whole)
    minute, second, us = 0, 0, 0
    at = 2
    colons = len(text) > 2 and text[2] == ":"
    parts = [hour]
    while at < len(text) and len(parts) < 3:
        if colons:
            if text[at] != ":":
                break
            at += 1
        parts.append(_digits(text, at, 2, whole))
        at += 2
    if len(parts) > 1:
        minute = parts[1]
    if len(parts) > 2:
        second = parts[2]
    if at < len(text):
        # A fraction of the last part given, of any number of digits (six are kept).
        if text[at] not in ".,":
            raise ValueError(f"Invalid isoformat string: {whole!r}")
        frac = text[at + 1:]
        if not frac.isdigit() or not frac.isascii():
            raise ValueError(f"Invalid isoformat string: {whole!r}")
        us = int(frac[:6].ljust(6, "0"))
    return hour, minute, second, us


def _match_name(text, i, names, fmt_text, fmt):
    """The index of the name in `names` (full, else its first three letters) that `text`
    has at `i`, ignoring case, and the index after it."""
    low = text[i:].lower()
    for k in range(len(names)):
        name = names[k]
        if name and low.startswith(name.lower()):
            return k, i + len(name)
    for k in range(len(names)):
        name = names[k][:3]
        if name and low.startswith(name.lower()):
            return k, i + 3
    raise ValueError(f"time data {fmt_text!r} does not match format {fmt!r}")


def _strptime(text, fmt):
    """CPython's `strptime` in the C locale, for the directives of dates and times."""
    year, month, day, hour, minute, second, us = 1900, 1, 1, 0, 0, 0, 0
    hour12 = -1
    pm = -1
    yday = -1
    i = 0
    j = 0
    mismatch = f"time data {text!r} does not match format {fmt!r}"
    while j < len(fmt):
        c = fmt[j]
        if c.isspace():
            while i < len(text) and text[i].isspace():
                i += 1
            j += 1
            continue
        if c != "%":
            if i >= len(text) or text[i] != c:
                raise ValueError(mismatch)
            i += 1
            j += 1
            continue
        if j + 1 >= len(fmt):
            raise ValueError("stray % in format " + repr(fmt))
        d = fmt[j + 1]
        j += 2
        if d == "%":
            if i >= len(text) or text[i] != "%":
                raise ValueError(mismatch)
            i += 1
            continue
        if d in "bBh":
            month, i = _match_name(text, i, _MONTH_NAMES, text, fmt)
            continue
        if d in "aA":
            _, i = _match_name(text, i, _DAY_NAMES, text, fmt)
            continue
        if d == "p":
            k, i = _match_name(text, i, ["AM", "PM"], text, fmt)
            pm = k
            continue
        widths = {"Y": 4, "m": 2, "d": 2, "H": 2, "M": 2, "S": 2, "f": 6, "y": 2, "j": 3,
                  "I": 2}
        if d not in widths:
            raise ValueError(f"{d!r} is a bad directive in format {fmt!r}")
        start = i
        while i < len(text) and i - start < widths[d] and text[i].isdigit():
            i += 1
        if i == start or (d in "Yy" and i - start != widths[d]):
            raise ValueError(mismatch)
        value = int(text[start:i])
        if d == "Y":
            year = value
        elif d == "y":
            year = value + (2000 if value < 69 else 1900)
        elif d == "m":
            month = value
        elif d == "d":
            day = value
        elif d == "H":
            hour = value
        elif d == "I":
            hour12 = value
        elif d == "M":
            minute = value
        elif d == "S":
            second = value
        elif d == "f":
            us = int(text[start:i].ljust(6, "0"))
        else:
            yday = value
        if (d in "mHIMS" and value > {"m": 12, "H": 23, "I": 12, "M": 59, "S": 61}[d]) or (
            d in "mdIj" and value == 0
        ) or (d == "d" and value > 31) or (d == "j" and value > 366):
            raise ValueError(mismatch)
    if i < len(text):
        raise ValueError("unconverted data remains: " + text[i:])
    if hour12 >= 0:
        hour = hour12 % 12
        if pm == 1:
            hour += 12
    if yday >= 0:
        year, month, day = _ordinal_to_ymd(_ymd_to_ordinal(year, 1, 1) + yday - 1)
    return year, month, day, hour, minute, second, us


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
