"""A script reusing the name a top-level `with` binds for a value of another class."""


class Session:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name)
        return False


class Batch:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield x * 2


with Session("db") as s:
    print("inside", s.name)
s = Batch([1, 2, 3])
print(list(s), sum(s))
for x in s:
    print(x)
with Session("cache") as s:
    print("inside", s.name)
print(s.name)
