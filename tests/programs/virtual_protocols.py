"""Subclasses overriding the container protocol (`__setitem__`, `__delitem__`, `__iter__`)
and ordinary methods, used through values of the base class: a list of stores where each
kind logs, validates or orders differently, and bound methods taken from them."""


class Store:
    def __init__(self, name):
        self.name = name
        self.data = {}

    def __setitem__(self, key, value):
        self.data[key] = value

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def describe(self):
        return f"{self.name}: {len(self.data)} keys"


class AuditedStore(Store):
    def __init__(self, name):
        super().__init__(name)
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(f"set {key}")
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self.log.append(f"del {key}")
        self.data.pop(key)

    def describe(self):
        return super().describe() + f" ({len(self.log)} changes)"


class SortedStore(Store):
    def __iter__(self):
        for key in sorted(self.data):
            yield key

    def describe(self):
        return "sorted " + super().describe()


class CountingStore(Store):
    def __iter__(self):
        return KeyWalker(list(self.data))


class KeyWalker:
    def __init__(self, keys):
        self.keys = keys
        self.pos = 0

    def __next__(self):
        if self.pos == len(self.keys):
            raise StopIteration
        self.pos += 1
        return f"#{self.pos}:{self.keys[self.pos - 1]}"


def fill(store):
    for word in ["pear", "apple", "fig"]:
        store[word] = len(word)
    del store["apple"]
    store["kiwi"] = 4


def main():
    stores = [Store("plain"), AuditedStore("audited"), SortedStore("sorted"), CountingStore("counting")]
    reports = []
    for s in stores:
        fill(s)
        print(s.name, list(s), [k for k in s if "i" in k])
        for i, key in enumerate(s):
            print(" ", i, key)
        reports.append(s.describe)
    for report in reports:
        print(report())
    audited = stores[1]
    if isinstance(audited, AuditedStore):
        print(audited.log)
    first = next(iter(stores[2]))
    print("first sorted key:", first)


main()
