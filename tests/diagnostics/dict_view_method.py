"""A dict view has none of a list's methods (CPython raises AttributeError when it runs)."""

prices = {"tea": 3, "cake": 5}
names = prices.keys()
names.append("jam")
print(names)
