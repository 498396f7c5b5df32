"""List displays unpacking iterables of different item types, and lists made from ranges and
dict views that then grow with other types."""

a = [*range(3), *"xy"]
print(a)
b = [*range(2), *["x"], 5]
print(b)
c = [*"ab", *range(2)]
print(c)
r = range(4)
xs = list(r)
xs.append("end")
print(xs, r, list(r))
d = {"k": 1, "j": 2}
ks = list(d.keys())
ks.append(3)
print(ks, sorted(d.values()), list(d.items()))
