"""calendar: leap years, weekdays, month layouts and CPython's text calendars (`month`,
`calendar`, `TextCalendar`), in the C locale (English names)."""

import datetime

MONDAY = 0
TUESDAY = 1
WEDNESDAY = 2
THURSDAY = 3
FRIDAY = 4
SATURDAY = 5
SUNDAY = 6

month_name = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]
month_abbr = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec"]
day_name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
day_abbr = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        super().__init__(f"bad month number {month}; must be 1-12")
        self.month = month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        super().__init__(f"bad weekday number {weekday}; must be 0 (Monday) to 6 (Sunday)")
        self.weekday = weekday


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in `range(y1, y2)`."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """The day of the week (0 is Monday) of the date."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """The weekday of the month's first day, and its number of days."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    days = mdays[month] + (1 if month == 2 and isleap(year) else 0)
    return first, days


def _format_columns(cols, colwidth, spacing):
    return (" " * spacing).join([c.center(colwidth) for c in cols])


class Calendar:
    """Months laid out in weeks that start on `firstweekday` (0 is Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self.firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self.firstweekday = firstweekday

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdays2(self, year, month):
        """(day, weekday) for each day of the weeks covering the month; day 0 outside it."""
        first, days = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        wd = self.firstweekday % 7
        for _ in range(before):
            yield 0, wd
            wd = (wd + 1) % 7
        for d in range(1, days + 1):
            yield d, wd
            wd = (wd + 1) % 7
        after = (self.firstweekday - first - days) % 7
        for _ in range(after):
            yield 0, wd
            wd = (wd + 1) % 7

    def itermonthdays(self, year, month):
        for d, _ in self.itermonthdays2(year, month):
            yield d

    def itermonthdates(self, year, month):
        first, days = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        start = datetime.date(year, month, 1).toordinal() - before
        if start < 1:
            raise ValueError("year 0 is out of range")
        total = before + days + (self.firstweekday - first - days) % 7
        for k in range(total):
            yield datetime.date.fromordinal(start + k)

    def monthdays2calendar(self, year, month):
        days = list(self.itermonthdays2(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdayscalendar(self, year, month):
        days = list(self.itermonthdays(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        dates = list(self.itermonthdates(year, month))
        return [dates[i:i + 7] for i in range(0, len(dates), 7)]

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


class TextCalendar(Calendar):
    """Calendars as plain text, laid out as CPython's."""

    def formatday(self, day, weekday, width):
        text = "" if day == 0 else str(day).rjust(2)
        return text.center(width)

    def formatweek(self, theweek, width):
        return " ".join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = f"{text} {theyear!r}"
        return text.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        out = self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip()
        out += "\n" * l
        out += self.formatweekheader(w).rstrip()
        out += "\n" * l
        for week in self.monthdays2calendar(theyear, themonth):
            out += self.formatweek(week, w).rstrip()
            out += "\n" * l
        return out

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), "\n" * l]
        header = self.formatweekheader(w)
        rows = self.yeardays2calendar(theyear, m)
        for i in range(len(rows)):
            row = rows[i]
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append("\n" * l)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            out.append(_format_columns(names, colwidth, c).rstrip())
            out.append("\n" * l)
            headers = [header for _ in months]
            out.append(_format_columns(headers, colwidth, c).rstrip())
            out.append("\n" * l)
            height = max([len(cal) for cal in row])
            for j in range(height):
                weeks = []
                for cal in row:
                    weeks.append("" if j >= len(cal) else self.formatweek(cal[j], w))
                out.append(_format_columns(weeks, colwidth, c).rstrip())
                out.append("\n" * l)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


_text = TextCalendar()


def firstweekday():
    return _text.getfirstweekday()


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _text.firstweekday = firstweekday


def monthcalendar(year, month):
    return _text.monthdayscalendar(year, month)


def weekheader(width):
    return _text.formatweekheader(width)


def month(theyear, themonth, w=0, l=0):
    return _text.formatmonth(theyear, themonth, w, l)


def prmonth(theyear, themonth, w=0, l=0):
    _text.prmonth(theyear, themonth, w, l)


def calendar(theyear, w=2, l=1, c=6, m=3):
    return _text.formatyear(theyear, w, l, c, m)


def prcal(theyear, w=0, l=0, c=6, m=3):
    _text.pryear(theyear, w, l, c, m)


def timegm(tuple):
    """The seconds since the epoch of a UTC time given as (year, month, day, hour, minute,
    second, …)."""
    year, month, day, hour, minute, second = tuple[0], tuple[1], tuple[2], tuple[3], tuple[4], tuple[5]
    days = datetime.date(year, month, 1).toordinal() - datetime.date(1970, 1, 1).toordinal() + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
