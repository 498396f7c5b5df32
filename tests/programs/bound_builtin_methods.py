"""Methods of builtin values taken without calling them: callbacks, keys and iter() sources
bound to their list, dict, set, deque or str."""
from collections import deque
from functools import partial

seen = []
add = seen.append
for word in "the quick brown fox".split():
    add(word.upper())
print(seen)

tally = {"a": 3, "b": 1, "c": 2}
lookup = tally.get
print(lookup("a"), lookup("z"), lookup("z", 0))
print(sorted(tally, key=tally.get), max(tally, key=tally.get))
print(sorted(["x", "yy", "z"], key=["x", "z", "yy"].index))

queue = deque([1, 2, 3])
take = queue.popleft
print(take(), take(), list(queue))

tags = set()
mark = tags.add
for t in ["red", "blue", "red"]:
    mark(t)
print(sorted(tags))

names = ["ada", "bob", "cy"]
print(list(map(names.__getitem__, [2, 0])), list(filter({"ada", "cy"}.__contains__, names)))
print(list(map(", ".join, [["a", "b"], ["c"]])), list(map("-".join, ["xy", "z"])))


class Log:
    def __init__(self):
        self.lines = []
        self.emit = self.lines.append

    def dump(self):
        return " / ".join(self.lines)


log = Log()
log.emit("start")
log.emit("stop")
print(log.dump())
handlers = {"push": seen.append, "drop": seen.remove}
handlers["push"]("EXTRA")
handlers["drop"]("THE")
print(seen)
print(list(map("{:>6.2f}".format, [3.14159, 42])), "|".join(map("<{}>".format, "ab")))

# pop with an index or key, split, sort, reverse, strip, lower, upper taken as values.

lines = ["a", "b", ""]
print(list(iter(partial(lines.pop, 0), "")))
out = [1, 2, 3]
pop = out.pop
print(pop(0), pop(), out)
d = {"a": 1, "b": 2}
dpop = d.pop
print(dpop("a"), d)
s = "a,b c"
sp = s.split
print(sp(","), sp(), sp(",", 1))
xs = ["b", "c", "a"]
srt = xs.sort
srt()
print(xs)
srt(reverse=True)
print(xs)
srt(key=lambda w: w == "b")
print(xs)
rev = xs.reverse
rev()
print(xs)
text = "  hello world  "
clean = text.strip
print(repr(clean()), repr(clean(" hd")))
print(list(map("{}-{}".replace, ["{}", "-"], ["x", "+"])))
up = "MiXeD".lower
print(up(), "abc".upper())
