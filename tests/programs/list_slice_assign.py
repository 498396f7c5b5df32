# Slice assignment and deletion on lists, with CPython's rules for steps and sizes.

xs = list(range(10))
xs[2:5] = [20, 30]
print(xs)
xs[:0] = [-1, -2, -3]
print(xs)
xs[len(xs):] = [99]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
xs[:] = xs
print(xs)
ys = ["a", "b", "c", "d", "e", "f"]
ys[1:4] = []
print(ys)
ys[2:0:-1] = ["x", "y"]
print(ys)
del ys[::2]
print(ys)
zs = list(range(12))
del zs[8:1:-3]
print(zs)
del zs[2:4]
print(zs)
del zs[100:]
print(zs)
p = [3, 1, 4, 1, 5]
p[:3] = p[2::-1]
print(p)
try:
    p[::2] = [1]
except ValueError as e:
    print("error:", e)
