"""Indexing lists, tuples, strs and bytes with keys of run-time type: an int (or a bool) works,
anything else raises the TypeError CPython names the sequence in."""

class P:
    pass


keys = [0, "a", 1.5, P(), True]
xs = [10, 20]
t = (1, 2)
s = "ab"
b = b"ab"
for k in keys:
    for seq in ("list", "tuple", "str", "bytes", "set"):
        try:
            if seq == "list":
                print(xs[k])
            elif seq == "tuple":
                print(t[k])
            elif seq == "str":
                print(s[k])
            elif seq == "bytes":
                print(b[k])
            else:
                xs[k] = 5
                print(xs)
        except TypeError as e:
            print("TypeError:", e)
