# dict.keys(), values() and items(): printed, iterated, measured, searched and converted the
# way CPython's views are.
d = {"b": 2, "a": 1}
for k in d.keys():
    print(k, end=" ")
print(sorted(d.keys()), list(d.values()), len(d.items()), "a" in d.keys(), max(d.values()))
v = d.values()
print(type(v).__name__, sum(v), [x * 2 for x in v], str(d.items()), f"{d.keys()}")
nested = {"x": [1, 2]}
print(nested.items(), {1: 2.5}.values())
d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items())
ks = d.keys()
print(len(ks), "a" in ks, list(ks))
