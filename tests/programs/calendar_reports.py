"""A script printing month and year calendars, leap-year facts, the weekday of dates, and a
shift roster laid out over a month's weeks with the calendar module."""

import calendar
from calendar import monthrange, isleap, TextCalendar

print(calendar.month(2024, 2))
calendar.prmonth(2023, 12)
print(TextCalendar(calendar.SUNDAY).formatmonth(2024, 9, w=3, l=1))
print(calendar.calendar(2025))

for year in (1900, 2000, 2023, 2024):
    first, days = monthrange(year, 2)
    print(year, isleap(year), days, calendar.day_name[first])
print(calendar.leapdays(1900, 2025), calendar.weekday(1969, 7, 20), calendar.month_abbr[7])
print([calendar.month_name[m][:3] for m in range(1, 13)] == calendar.month_abbr[1:])
print(calendar.weekheader(2), "|", calendar.weekheader(9), "|", calendar.firstweekday())

staff = ["ana", "bo", "cy"]
weeks = calendar.monthcalendar(2024, 3)
for n, week in enumerate(weeks):
    cells = []
    for i, day in enumerate(week):
        if day == 0:
            cells.append("  .    ")
        elif i >= 5:
            cells.append(f"{day:2d} off  ")
        else:
            cells.append(f"{day:2d} {staff[(day + n) % len(staff)]:<4}")
    print(" ".join(cells))

cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(list(cal.iterweekdays()), [d for d in cal.itermonthdays(2024, 6)][:8])
dates = cal.monthdatescalendar(2024, 6)
print(len(dates), dates[0][0], dates[-1][-1], dates[0][0].weekday())
print(sum(1 for d, wd in calendar.Calendar().itermonthdays2(2024, 5) if d and wd < 5), "workdays")
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
try:
    monthrange(2024, 13)
except ValueError as e:
    print(type(e).__name__, e)
