"""Dunders whose body only raises (`__iter__`, `__lt__`): the exception they raise is the one
the program sees; `==` asks `__eq__` even of an object and itself; isinstance against bytes;
a value that may be None or a tuple in an f-string."""


class Broken:
    def __iter__(self):
        raise ValueError("cannot iterate")


class Ok:
    def __iter__(self):
        yield 1


for source in [Ok(), Broken()]:
    try:
        for x in source:
            print("item", x)
    except ValueError as e:
        print("ValueError:", e)
try:
    print(list(Broken()))
except ValueError as e:
    print("list:", e)


class Unordered:
    def __lt__(self, other):
        raise ValueError("no order")


try:
    sorted([Unordered(), Unordered()])
except ValueError as e:
    print("sorted:", e)
pair = [Unordered(), 3]
try:
    print(pair[0] < pair[1])
except ValueError as e:
    print("<:", e)


class Noisy:
    def __eq__(self, other):
        print("Noisy.__eq__ called")
        return False


values = [Noisy(), 1, "x"]
v = values[0]
print(v == v, v != v, v in values, values.count(v))

for item in [b"ab", 1, None, "s"]:
    print(isinstance(item, bytes), isinstance(item, (bytes, str)))


def bbox(cells):
    if not cells:
        return None
    return min(cells), max(cells)


print(f"bbox={bbox([3, 1, 2])}", f"bbox={bbox([])}", format(bbox([5])))
