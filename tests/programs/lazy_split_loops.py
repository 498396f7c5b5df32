"""Loops over str.split() and str.split(sep) (walked lazily by natrix): whitespace runs,
empty pieces, separators of several characters, non-ASCII text, a separator that may be
None, loops inside generators and comprehensions, and an empty separator's ValueError."""


def words(text):
    for w in text.split():
        yield w.strip(".,;").lower()


def fields(line, sep):
    return [f.strip() for f in line.split(sep)]


log = """2024-01-05 INFO  started  server
2024-01-05 WARN disk at 91%
2024-01-06 ERROR  failed: timeout

2024-01-07 INFO  stopped"""

levels = {}
for line in log.split("\n"):
    if not line:
        print("(blank line)")
        continue
    parts = line.split()
    levels[parts[1]] = levels.get(parts[1], 0) + 1
print(levels)

print(list(words("The cat, the HAT; the bat.")))
print(fields("a , b,,c ,", ","))
print(fields("x::y::::z", "::"))
for piece in "héllo wörld\u3000ünïcode  ".split():
    print(piece, len(piece))
for piece in "één;twee;drie".split(";"):
    print(piece.upper())

for sep in [None, "-", None]:
    print([p for p in " a-b  c-d ".split(sep)])
for p in "left-right".rsplit("-"):
    print(p)

total = 0
for number in "10 20 30 40".split():
    total += int(number)
    if total > 50:
        break
print("total", total)

for item in "".split(","):
    print("empty piece:", repr(item))
for item in "".split():
    print("never printed")

try:
    for x in "abc".split(""):
        print(x)
except ValueError as e:
    print("ValueError:", e)
