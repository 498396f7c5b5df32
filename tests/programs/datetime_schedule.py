"""Dates and times the way scripts use them: parsing log timestamps, durations between
events, due dates skipping weekends, ages, ISO weeks, a monthly calendar, formatting with
strftime and f-strings, sorting and grouping by day, and timedelta arithmetic."""

from datetime import date, datetime, time, timedelta
import datetime as dt

LOG = """2024-03-09 23:58:01 INFO start backup
2024-03-10 00:02:45 WARN slow disk
2024-03-10 00:15:30 INFO backup done
2024-03-10 08:00:00 INFO user alice login
2024-03-10 17:45:12 INFO user alice logout
2024-03-11 09:12:00 ERROR db timeout"""


def parse_log(text):
    events = []
    for line in text.splitlines():
        day, clock, level, msg = line.split(" ", 3)
        stamp = datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M:%S")
        events.append((stamp, level, msg))
    return events


def add_business_days(start, n):
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def age(born, today):
    years = today.year - born.year
    if (today.month, today.day) < (born.month, born.day):
        years -= 1
    return years


def humanize(delta):
    secs = int(delta.total_seconds())
    if secs < 60:
        return f"{secs}s"
    if secs < 3600:
        return f"{secs // 60}m {secs % 60}s"
    hours, rest = divmod(secs, 3600)
    return f"{hours}h {rest // 60}m"


def month_calendar(year, month):
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    lines = [first.strftime("%B %Y").center(20), "Mo Tu We Th Fr Sa Su"]
    row = ["  "] * first.weekday()
    d = first
    while d < nxt:
        row.append(f"{d.day:2d}")
        if len(row) == 7:
            lines.append(" ".join(row))
            row = []
        d += timedelta(days=1)
    if row:
        lines.append(" ".join(row))
    return "\n".join(lines)


events = parse_log(LOG)
for (a, _, ma), (b, level, mb) in zip(events, events[1:]):
    print(f"{b:%H:%M} {level:<5} {mb:<20} +{humanize(b - a)}")
by_day = {}
for stamp, level, _ in events:
    by_day.setdefault(stamp.date(), []).append(level)
for day in sorted(by_day):
    print(day.isoformat(), day.strftime("%a"), by_day[day])
session = events[4][0] - events[3][0]
print("session:", session, repr(session), session.total_seconds() / 3600)
print("span:", events[-1][0] - events[0][0], (events[-1][0] - events[0][0]).days)

start = date(2024, 12, 20)
for n in (1, 5, 10):
    due = add_business_days(start, n)
    print(f"{n:2d} business days after {start}: {due} ({due:%A})")
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)))
print(age(date(2000, 2, 29), date(2023, 2, 28)), age(date(2000, 2, 29), date(2023, 3, 1)))

for d in [date(2024, 1, 1), date(2024, 12, 30), date(2021, 1, 3), date(2026, 12, 31)]:
    year, week, weekday = d.isocalendar()
    print(d, "ISO", year, week, weekday, d.strftime("%j %U %W"), d.toordinal())
print(month_calendar(2024, 2))

deadline = datetime(2024, 3, 31, 17, 0)
now = datetime(2024, 3, 28, 9, 30, 15)
left = deadline - now
print(f"{left.days} days, {left.seconds // 3600} hours left", left > timedelta(days=3))
print(deadline.isoformat(), deadline.isoformat(" ", "minutes"), str(deadline), repr(deadline))
print(deadline.replace(hour=9, minute=0), deadline.date(), deadline.time(), deadline.ctime())
print(datetime.combine(date(2024, 5, 1), time(8, 15)), time(8, 15) < time(9), time(14, 5, 9, 250))
print(datetime.fromisoformat("2024-07-04T12:30:45"), date.fromisoformat("2024-07-04").weekday())

week = timedelta(weeks=1)
print(week, week / 7, week // 3, week * 2.5, week % timedelta(days=3), -week, abs(-week))
print(week / timedelta(hours=1), timedelta(days=1, seconds=-1), timedelta(microseconds=-1))
print(sum([timedelta(minutes=25), timedelta(minutes=50), timedelta(seconds=95)], timedelta()))
print(timedelta(days=1.5, hours=-0.25), timedelta(milliseconds=1500), repr(timedelta(0)))
print(sorted([timedelta(hours=2), timedelta(minutes=30), timedelta(days=-1)]))

stamps = [datetime(2024, 1, 1) + timedelta(hours=7 * i) for i in range(6)]
print([s.strftime("%d %H:%M") for s in stamps], max(stamps) - min(stamps))
print(date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1))
print(date(2024, 3, 1) - date(2024, 2, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(dt.date.today() == dt.datetime.now().date(), (datetime.now() - datetime.now()).days <= 0)
print(date.min, date.max, datetime.min, timedelta.max, dt.MINYEAR, dt.MAXYEAR)
print(datetime.fromtimestamp(0) == datetime.fromtimestamp(0.0), datetime.utcfromtimestamp(1e9))
print(datetime(2024, 1, 1, 12).timestamp() - datetime(2024, 1, 1).timestamp())
for text, fmt in [("31/12/2023", "%d/%m/%Y"), ("Mar 5 2024 7:05PM", "%b %d %Y %I:%M%p"),
                  ("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("20240101", "%Y%m%d"),
                  ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        print(datetime.strptime(text, fmt))
    except ValueError as e:
        print("ValueError:", e)
for args in [(2023, 2, 29), (2024, 0, 1), (10000, 1, 1)]:
    try:
        print(date(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(date.max + timedelta(days=1))
except OverflowError as e:
    print("OverflowError:", e)
print(divmod(timedelta(hours=10), timedelta(hours=3)), divmod(timedelta(minutes=-90), timedelta(hours=1)))
print(datetime(2024, 12, 30, 22, 47, 13).timetuple(), date(2024, 3, 1).timetuple().tm_yday, tuple(date(2024, 1, 2).timetuple())[:3])
