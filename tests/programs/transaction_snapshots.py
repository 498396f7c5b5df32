"""A key-value store with transactions: a snapshot attribute that starts as None, restored
with `dict.update` (CPython's TypeError when there is none), and keys listed with
`" ".join(d)`."""


class Store:
    def __init__(self):
        self.data = {}
        self.snapshot = None

    def begin(self):
        self.snapshot = dict(self.data)

    def set(self, key, value):
        self.data[key] = value

    def rollback(self):
        restored = {}
        restored.update(self.snapshot)
        self.data = restored
        self.snapshot = None

    def commit(self):
        self.snapshot = None

    def keys_line(self):
        return " ".join(self.data) or "(empty)"


store = Store()
store.set("alpha", 1)
store.begin()
store.set("beta", 2)
store.set("alpha", 10)
print(store.keys_line(), store.data)
store.rollback()
print(store.keys_line(), store.data)
try:
    store.rollback()
except TypeError as e:
    print("TypeError:", e)
store.begin()
store.set("gamma", 3)
store.commit()
print(store.keys_line(), sorted(store.data.items()))
print(", ".join({}) == "", "-".join({"x": 1, "y": [2]}))
