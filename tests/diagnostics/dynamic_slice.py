def tail(flag):
    items = [1, 2] if flag else "one"
    return items[1:]


print(tail(True))
