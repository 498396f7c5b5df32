# Values that may be None: fields that start as None and are filled in later, functions that
# return None when they find nothing, dict.get without a default, and what happens when a None
# is used as a str or a list.


class CsvReader:
    def __init__(self, delimiter=","):
        self.delimiter = delimiter
        self.header = None
        self.rows = None
        self.error = None

    def feed(self, line):
        if self.header is None:
            self.header = line.split(self.delimiter)
            self.rows = []
            return
        fields = line.split(self.delimiter)
        if len(fields) != len(self.header):
            self.error = f"line {len(self.rows) + 2}: expected {len(self.header)} fields"
            return
        self.rows.append(fields)

    def column(self, name):
        if self.header is None or name not in self.header:
            return None
        k = self.header.index(name)
        return [row[k] for row in self.rows]


reader = CsvReader()
print(reader.header, reader.rows, reader.error)
for line in ["name,city,age", "ann,oslo,31", "bob,rome", "cy,lima,22"]:
    reader.feed(line)
print(reader.header, reader.rows)
print("error:", reader.error if reader.error else "none")
print(reader.column("city"), reader.column("zip"))
ages = reader.column("age")
if ages is not None:
    print("total age", sum(int(a) for a in ages))


def first_with(words, prefix):
    for w in words:
        if w.startswith(prefix):
            return w
    return None


fruit = ["apple", "banana", "blueberry", "cherry"]
for prefix in ["b", "c", "z"]:
    found = first_with(fruit, prefix)
    print(prefix, found, repr(found), found is None, found == "cherry", found != None)
    if found:
        print("  ", found.upper(), len(found), found + "!", found[0], f"<{found:>10}>")

longest = None
for w in fruit:
    if longest is None or len(w) > len(longest):
        longest = w
print("longest:", longest)


def parse_point(text):
    parts = text.split(",")
    if len(parts) != 2:
        return None
    return (int(parts[0]), int(parts[1]))


for text in ["3,4", "5", "10,-2"]:
    p = parse_point(text)
    if p is None:
        print(text, "-> not a point")
    else:
        x, y = p
        print(text, "->", p, x * x + y * y)

cache = {}


def neighbours(n):
    hit = cache.get(n)
    if hit is None:
        hit = [n - 1, n + 1]
        cache[n] = hit
    return hit


print(neighbours(5), neighbours(5), neighbours(9), len(cache))
slots = [None] * 4
slots[1] = "taken"
slots[3] = "also"
print(slots, [s for s in slots if s is not None], slots.count(None))
groups = {"a": ["x"], "b": ["y", "z"]}
print(groups.get("b"), groups.get("q"), groups.get("q") is None)

note = None
if len(fruit) > 10:
    note = "many"
for attempt in ["upper", "len", "add", "index", "iterate"]:
    try:
        if attempt == "upper":
            print(note.upper())
        elif attempt == "len":
            print(len(note))
        elif attempt == "add":
            print(note + "!")
        elif attempt == "index":
            print(note[0])
        else:
            for ch in note:
                print(ch)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(reader.column("country")))
