"""list.extend() by a tuple, a str, a dict (its keys), a set, and empty ones."""
l = [0]
l.extend((1, 2))
print(l)
w = ["x"]
w.extend("ab")
w.extend({"k": 1, "j": 2})
w.extend(("t",))
print(w)
n = [1.5]
n.extend({3})
n.extend((4, 5))
print(n)
e = []
e.extend(())
e.extend("")
print(e)
