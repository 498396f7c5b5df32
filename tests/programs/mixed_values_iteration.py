"""A file-system tree of files and folders (different classes, so a folder's children are
values of run-time type): iterating them calls each class's `__iter__`, lazily, in `for`
loops, `yield from`, comprehensions and builtins; other values iterate as their own types."""


class File:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def __iter__(self):
        yield self

    def __repr__(self):
        return f"File({self.name!r}, {self.size})"


class Folder:
    def __init__(self, name, *children):
        self.name = name
        self.children = children

    def __iter__(self):
        for child in self.children:
            yield from child

    def __repr__(self):
        return f"Folder({self.name!r}, {len(self.children)} children)"


class Countdown:
    """An iterator object: `__iter__` returns itself, `__next__` counts down."""

    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Plain:
    pass


root = Folder(
    "root",
    File("a.txt", 120),
    Folder("src", File("main.py", 900), File("util.py", 300), Folder("empty")),
    File("b.bin", 4096),
)

for f in root:
    print(f.name, f.size)
print(sum(f.size for f in root))
print([f.name for f in root if f.size > 200])

entries = [root.children[0], root.children[1], Countdown(3), "xy", [7, 8], Plain()]
for e in entries:
    try:
        print(type(e).__name__, list(e))
    except TypeError as err:
        print("TypeError:", err)

print(sorted(Countdown(4)), tuple(Countdown(2)), sorted(set(entries[3])), max(entries[4]))
print(len(list(entries[1])), sum(1 for _ in entries[1]))


class Noisy:
    def __init__(self, label):
        self.label = label

    def __iter__(self):
        for k in range(5):
            print("  producing", self.label, k)
            yield k


for source in [Noisy("n"), (10, 20)]:
    for v in source:
        print("got", v)
        if v >= 1:
            break


def walk(node, depth=0):
    if isinstance(node, File):
        yield "  " * depth + node.name
        return
    yield "  " * depth + node.name + "/"
    for child in node.children:
        yield from walk(child, depth + 1)


print("\n".join(walk(root)))
