def grow(flag):
    items = [1, 2] if flag else "one"
    items.append(3)
    return items


print(grow(True))
