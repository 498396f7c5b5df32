"""__repr__/__str__ returning an attribute that may be None (a str for the instances
printed, CPython's TypeError for the one that holds None), in print, str(), repr(), f-strings
and containers; len() of a __len__ returning a negative number (ValueError)."""


class Node:
    def __init__(self, name=None):
        self.name = name

    def __repr__(self):
        return self.name


class Label:
    def __init__(self, text=None):
        self.text = text

    def __str__(self):
        return self.text


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


a, b = Node("alpha"), Node("beta")
print(a, [a, b], str(a), repr(b), f"{a}/{b!r}")
print(Label("title"), str(Label("sub")))
print({"k": a})
for bad in (Node(), Label()):
    try:
        print(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print([Node()])
except TypeError as e:
    print("TypeError:", e)
print(len(Sized(3)), bool(Sized(0)))
try:
    print(len(Sized(-2)))
except ValueError as e:
    print("ValueError:", e)
print(len(Sized(-1)))
