def describe(count):
    # Compiles, with a warning: the concatenation raises CPython's TypeError when it runs.
    try:
        return "items: " + count
    except TypeError as e:
        return str(e)


print(describe(3))
