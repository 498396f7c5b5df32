def parse(s):
    value = 0
    try:
        value = int(s)
    except ValueError:
        value = -1
    return value


print(parse("12"))
