# The truth of values of mixed types, some instances whose class defines __len__ or __bool__.
class Q:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


xs = [Q([]), Q([1]), 0, "x", Flag(False), Flag(True), None, []]
for x in xs:
    print(bool(x), "yes" if x else "no", not x)
print([i for i, x in enumerate(xs) if x], any(xs[:1]), all(xs[1:2]))
q = xs[0]
while not q:
    q = xs[1]
print(len(q.items) if isinstance(q, Q) else q)
