"""Closures whose captured variables appear only as keyword-argument values, in `with`
items or in parameter defaults (`sorted(xs, reverse=rev)`, `max(xs, key=key)`)."""


def sorter(rev):
    return lambda xs: sorted(xs, reverse=rev)


def best_by(key):
    def pick(xs):
        return max(xs, key=key)
    return pick


def below(limit):
    def keep(xs, cap=limit):
        return [x for x in xs if x < cap]
    return keep


def padder(width, fill):
    return lambda s: "{:{f}>{w}}".format(s, w=width, f=fill)


class Tracker:
    def __init__(self, name):
        self.name = name
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        print("enter", self.name, self.depth)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1
        print("exit", self.name, self.depth)
        return False


def in_context(tracker):
    def run(value):
        with tracker as t:
            return f"{t.name}:{value}"
    return run


def report(sep):
    def show(*items):
        print(*items, sep=sep)
    return show


print(sorter(True)([3, 1, 2]), sorter(False)([3, 1, 2]))
print(best_by(abs)([-7, 3, 5]), best_by(len)(["aa", "b", "cccc"]))
print(below(4)([1, 5, 3, 8, 2]))
print(padder(6, "*")("ab"), padder(3, ".")("x"))
run = in_context(Tracker("t"))
print(run(1))
print(run(2))
report(" | ")("a", 1, 2.5)
counts = {}


def tally(word, step=1):
    counts[word] = counts.get(word, 0) + step


def tally_all(words, weight):
    for w in words:
        tally(w, step=weight)


tally_all("a b a".split(), weight=2)
print(sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
