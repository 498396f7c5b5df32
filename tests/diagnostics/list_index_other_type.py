def find_after(values, start):
    # A str sought among ints, from a position: refused, located at the value.
    return values.index("3", start)


print(find_after([1, 2, 3], 1))
