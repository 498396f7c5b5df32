def trim(flag):
    items = [1, 2] if flag else "one"
    items[1:] = []
    return items


print(trim(True))
