def greet(name, times=2):
    s = ""
    for i in range(times):
        s = s + name
    return s


def safe_div(a, b):
    return a // b


print(greet("ab"), safe_div(7, 2), 7 / 2 if 1 < 2 else 0.0)
