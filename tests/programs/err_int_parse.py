"""int() of a non-numeric string raises ValueError."""


def parse_all():
    total = 0
    total += int("12")
    print("running total:", total)
    total += int(" 30 ")
    print("running total:", total)
    total += int("abc")
    print("unreachable", total)


parse_all()
