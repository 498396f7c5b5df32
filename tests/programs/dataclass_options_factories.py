"""`@dataclass` options `unsafe_hash`, `slots`, `kw_only` and `order` between classes, and a
class attribute holding the class a method builds (`token_class = Word`, overridden in a
subclass: the overridable-factory pattern)."""
from dataclasses import dataclass


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = 1


@dataclass(slots=True)
class Cell:
    row: int
    col: int = 0


@dataclass(kw_only=True)
class Endpoint:
    host: str
    port: int = 80
    secure: bool


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


@dataclass(order=True)
class Build:
    number: int


tags = {Tag("red"), Tag("red"), Tag("blue", 2)}
print(len(tags), Tag("red") in tags, hash(Tag("a", 3)) == hash(Tag("a", 3)))
cell = Cell(2)
cell.col = 5
print(cell)
try:
    cell.value = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Endpoint(host="example.org", secure=True), Endpoint(secure=False, host="h", port=8080))
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) <= Version(1, 0))
try:
    print(Version(1) < Build(7))
except TypeError as e:
    print("TypeError:", e)


class Word:
    def __init__(self, text):
        self.text = text

    def render(self):
        return self.text


class Shouted(Word):
    def render(self):
        return self.text.upper()


class Tokenizer:
    token_class = Word

    def tokens(self, line):
        return [self.token_class(w) for w in line.split()]


class LoudTokenizer(Tokenizer):
    token_class = Shouted


for tokenizer in (Tokenizer(), LoudTokenizer()):
    print(" ".join(t.render() for t in tokenizer.tokens("make some noise")))
print(Tokenizer.token_class("direct").render(), LoudTokenizer.token_class.__name__)
