"""Building lists from generators and searching lazily: `xs.extend(iterable)` of generators,
maps, zips, ranges and iterable classes, and `x in generator`, which stops at the first
match and leaves the rest in the generator."""
import itertools


def read_records(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, score = line.partition(",")
            yield name.strip(), int(score)


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        return iter(self.songs)


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


raw = ["# scores", "ada, 91", "", "bob, 78", "cy, 85"]
records = [("zed", 60)]
records.extend(read_records(raw))
records.extend(zip(["x", "y"], [1, 2]))
print(records)

names = []
names.extend(name.upper() for name, _ in records)
names.extend(map(str.lower, ["Q", "R"]))
names.extend(reversed(names[:2]))
print(names)

numbers = [0]
numbers.extend(range(5, 0, -2))
numbers.extend(Playlist(7, 8))
numbers.extend(x * x for x in numbers if 1 < x < 9)
print(numbers)

# Membership in a generator consumes it only up to the match.
evens = (n for n in range(20) if n % 2 == 0)
print(6 in evens, list(evens))
print(97 in primes(), 91 in itertools.takewhile(lambda p: p < 100, primes()))
print(("bob", 78) in read_records(raw), ("bob", 0) not in read_records(raw))
print(2.0 in (n / 2 for n in range(6)), None in (v for v in [1, None, 3]))

letters = (c for c in "mississippi")
print("s" in letters, "".join(letters))


def nothing():
    return
    yield 0


print(1 in nothing(), [] == list(nothing()))

# `extend` of a generator appends each value as it comes: a generator reading the list
# sees what it appended before.
grow = [1, 2]
grow.extend(x * 2 for x in grow if x < 20)
print(grow)

# Of values whose type is known only at run time.
config = {"tags": ["a", "b"], "code": "xyz", "limit": 3}
tags = []
tags.extend(config["tags"])
tags.extend(config["code"])
print(tags)
try:
    tags.extend(config["limit"])
except TypeError as err:
    print("TypeError:", err)
