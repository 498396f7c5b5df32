def area(w, h):
    return w * h


def point(x, y, z=0):
    return (x, y, z)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


dims = (3, 4)
print(area(*dims), area(*[5, 6]))
print(point(*[1, 2]), point(*(1, 2, 3)), point(7, *[8]))
print(Vec(*dims), [Vec(*p) for p in [(1, 2), (3, 4.5)]])
rows = [[1, 2], [3, 4], [5, 6]]
print([area(*r) for r in rows])
for bad in [[1], [1, 2, 3], []]:
    try:
        print(area(*bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)


def three(a, b, c):
    return a + b + c


for bad in [[], [1]]:
    try:
        three(*bad)
    except TypeError as e:
        print("TypeError:", e)
mixed = (1, "a")
print(point(*mixed))
