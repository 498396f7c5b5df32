"""A list slice assigned from a value whose type is known only at run time (a variable that
holds a number in one branch and a list in the other): its items, whatever iterable it is."""

cells = [0, 0, 0, 0]


def put(key, value):
    if isinstance(key, slice):
        if not isinstance(value, list):
            value = [value] * (key.stop - key.start)
        cells[key] = value
    else:
        cells[key] = value


put(slice(0, 2), 7)
put(3, 9)
put(slice(2, 3), [5, 6])
print(cells)

row = [1, 2, 3]


def splice(n, v):
    if n > 1:
        v = [v] * n
    row[0:1] = v


splice(2, 4)
splice(1, (8, 9))
splice(1, "ab")
print(row)


def pairs(key, a, b):
    if len(key) != 2:
        raise ValueError(f"expected a pair, got {len(key)} items")
    x, y = key
    return a * x + b * y


print(pairs((1, 2), 3, 4))
try:
    pairs((1, 2, 3), 3, 4)
except ValueError as e:
    print(e)

# A str's characters and a tuple's items replace a slice as a list's would.
letters = ["x"] * 5
letters[1:3] = "yz"
letters[::2] = ("a", "b", "c")
print(letters)

# A range and a dict view are not lists: changing them raises CPython's TypeError.
steps = range(0, 10, 2)
for change in ("slice", "item", "del item", "del slice"):
    try:
        if change == "slice":
            steps[1:3] = [9]
        elif change == "item":
            steps[0] = 7
        elif change == "del item":
            del steps[0]
        else:
            del steps[1:2]
    except TypeError as e:
        print(change, "->", e)
print(list(steps), steps)
stock = {"pens": 3}
names = stock.keys()
try:
    names[0] = "ink"
except TypeError as e:
    print(e, list(names))
