def label(flag):
    value = 1 if flag else "one"
    return value.upper()


print(label(False))
