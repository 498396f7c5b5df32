"""`sep.join(...)` of a generator, of an iterable instance and of `itertools.chain(...)`, and
`itertools.chain.from_iterable`, lazily flattening lists, strs and a generator's lists."""
import itertools
from itertools import chain


def words(text):
    for w in text.split():
        yield w.capitalize()


class Letters:
    def __init__(self, s):
        self.s = s

    def __iter__(self):
        for ch in self.s:
            yield ch.upper()


rows = [["a", "b"], ["c"]]
print("-".join(words("the quick brown fox")), "".join(chain.from_iterable(rows)))
print(", ".join(itertools.chain(["x"], ["y", "z"])), "".join(Letters("abc")))
print("|".join(words("")), "+".join(str(n) for n in range(4)))

rows = [[1, 2], [3], [], [4, 5, 6]]
print(list(chain.from_iterable(rows)), sum(itertools.chain.from_iterable(rows)))
syllables = ["ab", "cde"]
print("".join(list(chain.from_iterable(syllables))), list(chain(rows[0], rows[3])))


def lines():
    yield ["x", "y"]
    yield ["z"]


for item in chain.from_iterable(lines()):
    print(item, end=" ")
print()
