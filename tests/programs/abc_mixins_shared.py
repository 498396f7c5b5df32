from collections.abc import Sequence, Mapping


class Letters(Sequence):
    def __init__(self, text):
        self.text = text

    def __len__(self):
        return len(self.text)

    def __getitem__(self, i):
        return self.text[i]


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


class Env(Mapping):
    def __init__(self, pairs):
        self.pairs = dict(pairs)

    def __getitem__(self, k):
        return self.pairs[k]

    def __iter__(self):
        return iter(self.pairs)

    def __len__(self):
        return len(self.pairs)


class Ages(Mapping):
    def __init__(self):
        self.ages = {"ann": 31, "bob": 27}

    def __getitem__(self, k):
        return self.ages[k]

    def __iter__(self):
        return iter(self.ages)

    def __len__(self):
        return len(self.ages)


l, s = Letters("hello"), Squares(5)
print(list(l), list(s), "l" in l, 16 in s, l.index("l"), s.index(9), l.count("l"), list(reversed(s)))
e, a = Env([("HOME", "/root"), ("SHELL", "sh")]), Ages()
print(dict(e), dict(a), e.get("HOME"), a.get("cy", 0), list(e.items()), sum(a.values()), "ann" in a)
print(e == Env([("SHELL", "sh"), ("HOME", "/root")]), a == {"ann": 31, "bob": 27})
