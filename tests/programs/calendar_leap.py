"""Leap years, day-of-week and a printed month calendar."""


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    if month == 4 or month == 6 or month == 9 or month == 11:
        return 30
    return 31


def day_of_week(year, month, day):
    """Zeller-style: 0 = Monday ... 6 = Sunday."""
    if month < 3:
        month += 12
        year -= 1
    k = year % 100
    j = year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def day_name(d):
    if d == 0:
        return "Monday"
    elif d == 1:
        return "Tuesday"
    elif d == 2:
        return "Wednesday"
    elif d == 3:
        return "Thursday"
    elif d == 4:
        return "Friday"
    elif d == 5:
        return "Saturday"
    return "Sunday"


def print_month(year, month):
    print("Mo Tu We Th Fr Sa Su")
    start = day_of_week(year, month, 1)
    print("   " * start, end="")
    col = start
    for day in range(1, days_in_month(year, month) + 1):
        text = str(day)
        if day < 10:
            text = " " + text
        print(text, end="")
        col += 1
        if col == 7:
            print()
            col = 0
        else:
            print(" ", end="")
    if col != 0:
        print()


def main():
    for year in range(1896, 1912, 4):
        print(year, is_leap(year))
    print(2000, is_leap(2000), 2024, is_leap(2024), 2100, is_leap(2100))
    leaps = 0
    for year in range(1, 2001):
        if is_leap(year):
            leaps += 1
    print("leap years in 1..2000:", leaps)
    print("2000-01-01 was a", day_name(day_of_week(2000, 1, 1)))
    print("1969-07-20 was a", day_name(day_of_week(1969, 7, 20)))
    print("2024-02-29 was a", day_name(day_of_week(2024, 2, 29)))
    total_days = 0
    for m in range(1, 13):
        total_days += days_in_month(2024, m)
    print("days in 2024:", total_days)
    print("February 2024")
    print_month(2024, 2)
    print("September 2023")
    print_month(2023, 9)
    thirteenths = 0
    for year in range(2000, 2030):
        for month in range(1, 13):
            if day_of_week(year, month, 13) == 4:
                thirteenths += 1
    print("Friday the 13ths 2000-2029:", thirteenths)


main()
