"""next() on iterator classes (with and without a default), as a tokenizer reads them."""


class Tokens:
    def __init__(self, text):
        self.words = text.split()
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.words):
            raise StopIteration
        word = self.words[self.pos]
        self.pos += 1
        if word == "!":
            raise ValueError(f"unexpected '!' at {self.pos - 1}")
        return word


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


def parse_assignment(tokens):
    name = next(tokens)
    eq = next(tokens, None)
    if eq != "=":
        return name, None
    return name, next(tokens, "<missing>")


print(parse_assignment(Tokens("x = 42")), parse_assignment(Tokens("y =")), parse_assignment(Tokens("z")))
c = Countdown(4)
print(next(c), next(c), list(c), next(c, "done"))
t = Tokens("a ! b")
print(next(t))
try:
    next(t, "end")
except ValueError as e:
    print("ValueError:", e)
print(next(t, "end"), next(t, "end"), sum(1 for _ in Tokens("one two three")))
try:
    next(Countdown(0))
except StopIteration:
    print("StopIteration caught")
header = next(Tokens(""), "no header")
print(header)
next(Tokens(""))
