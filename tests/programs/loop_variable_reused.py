"""A name reused for values of different types: a payroll script's `day` is a date in the
first loop and a weekday name in the second, formatted with specs in both."""
import datetime

start = datetime.date(2024, 3, 4)
hours = {}
for offset in range(10):
    day = start + datetime.timedelta(days=offset)
    if day.weekday() < 5:
        key = day.strftime("%a")
        hours[key] = hours.get(key, 0) + 8 - offset % 3
    print(f"{day:%d %b}", format(day, "%A"))

for day in hours:
    print(f"{day:>5}|{hours[day]:>3}", format(day, "<4") + "|")

total = 0
for item in [3, "4", 5.5]:
    value = item
    print(f"{value!r:>6}|{str(value):<4}|")
    total += float(value)
print(f"{total:8.2f}")
