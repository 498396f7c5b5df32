"""defaultdict with the program's own factories: a class whose constructor only sets
attributes, a function returning a fresh container, a lambda calling either."""
from collections import defaultdict


class Stats:
    """Running totals for one key."""

    def __init__(self):
        self.count = 0
        self.total = 0.0
        self.samples = []

    def add(self, x):
        self.count += 1
        self.total += x
        self.samples.append(x)

    def mean(self):
        return self.total / self.count if self.count else 0.0

    def __repr__(self):
        return f"Stats(n={self.count}, mean={self.mean():.2f})"


class Empty:
    pass


def make_bucket():
    return {"items": [], "seen": set(), "n": 0}


def zero_pair():
    return [0, 0]


readings = [("cpu", 0.5), ("mem", 0.25), ("cpu", 0.75), ("disk", 1.0), ("cpu", 1.0)]
by_key = defaultdict(Stats)
for key, value in readings:
    by_key[key].add(value)
print(by_key)
print({k: s.samples for k, s in by_key.items()})
print(by_key["net"].mean(), len(by_key))

buckets = defaultdict(make_bucket)
for word in "the quick brown fox jumps over the lazy dog the end".split():
    b = buckets[word[0]]
    b["items"].append(word)
    b["seen"].add(len(word))
    b["n"] += 1
for letter in sorted(buckets):
    b = buckets[letter]
    print(letter, b["n"], b["items"], sorted(b["seen"]))

pairs = defaultdict(zero_pair)
for i, ch in enumerate("abracadabra"):
    pairs[ch][i % 2] += 1
print(dict(pairs))

nested = defaultdict(lambda: Stats())
nested["x"].add(3)
nested["y"]
print(dict(nested), type(nested["z"]).__name__)

markers = defaultdict(Empty)
print(type(markers["a"]).__name__, markers["a"] is markers["a"], markers["a"] is not markers["b"])


class Registry:
    handlers = {}

    @classmethod
    def handles(cls, kind):
        def register(fn):
            cls.handlers[kind] = fn
            return fn

        return register

    @classmethod
    def namer(cls):
        return lambda suffix: cls.__name__ + suffix


@Registry.handles("email")
def send_email(to):
    return "mail to " + to


@Registry.handles("sms")
def send_sms(to):
    return "text to " + to


for kind in sorted(Registry.handlers):
    print(kind, Registry.handlers[kind]("ann"))
print(Registry.namer()("!"))
