"""Sorting objects whose `__lt__` reports each comparison: short lists are compared in
exactly CPython's order (timsort's leading run, then binary insertion), and a sort whose
comparison raises part-way leaves the list as CPython does."""


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("cmp", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v})"


xs = [K(3), K(1), K(2)]
xs.sort()
print(xs)
print(sorted([K(5), K(4), K(3), K(9), K(1)]))
two = K(2)
print(sorted([K(1), two, K(2), two, K(7)], reverse=True))
print(sorted([K(2), K(8), K(1)], key=lambda k: -k.v))


class Task:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio

    def __lt__(self, other):
        if self.prio is None or other.prio is None:
            raise ValueError(f"cannot order {self.name} and {other.name}")
        return self.prio < other.prio

    def __repr__(self):
        return self.name


tasks = [Task("write", 2), Task("read", 1), Task("plan", 3), Task("idle", None), Task("ship", 0)]
try:
    tasks.sort()
except ValueError as e:
    print("ValueError:", e)
print(tasks)
big = [K(i * 37 % 101) for i in range(80)]
print([k.v for k in sorted(big, key=lambda k: k.v)][:10])
