"""reversed() of a class defining __reversed__ (a playlist, a countdown range), next to
reversed() of lists, strs, tuples, ranges and dicts."""


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        return iter(self.songs)

    def __reversed__(self):
        for i in range(len(self.songs) - 1, -1, -1):
            yield self.songs[i]


class Span:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        n = self.lo
        while n < self.hi:
            yield n
            n += 1

    def __reversed__(self):
        n = self.hi - 1
        while n >= self.lo:
            yield n
            n -= 1


p = Playlist("intro", "verse", "chorus", "outro")
print(list(p), list(reversed(p)))
for i, song in enumerate(reversed(p)):
    print(i, song)
s = Span(3, 8)
print(list(s), list(reversed(s)), sum(reversed(s)), max(reversed(s)))
print([x * x for x in reversed(Span(0, 4))])
print(list(reversed([1, 2, 3])), "".join(reversed("stressed")), tuple(reversed((1, 2))))
print(list(reversed(range(5))), list(reversed(range(2, 10, 3))))

# Of a dict: its keys, last inserted first.
stock = {"apples": 3, "pears": 0, "plums": 7}
stock["figs"] = 2
print(list(reversed(stock)), [f"{k}={stock[k]}" for k in reversed(stock)])
print(list(reversed(stock.items()))[:2], list(reversed({})))
