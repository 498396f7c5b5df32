"""A tokenizer's checks: str.isidentifier and str.isascii, and startswith/endswith of a
tuple of prefixes inside a window s[start:end]."""

KEYWORDS = ("def", "class", "return")


def classify(token):
    if token in KEYWORDS:
        return "keyword"
    if token.isidentifier():
        return "name" if token.isascii() else "unicode name"
    if token.isdigit():
        return "number"
    return "other"


source = "def área(x1, _y): return x1 + 2 * _y - 3rd"
for raw in source.replace("(", " ").replace(")", " ").replace(",", " ").replace(":", " ").split():
    print(f"{raw!r:10} {classify(raw)}")

print(["".isidentifier(), "a\u0301".isidentifier(), "π".isidentifier(), "9a".isidentifier()])
print(["".isascii(), "abc~".isascii(), "é".isascii(), "\x7f".isascii()])

line = "# TODO: fix this; NOTE: later"
print(line.startswith(("TODO", "NOTE"), 2), line.startswith(("TODO", "NOTE"), 2, 4))
print(line.endswith(("this", "later"), 0, 16), line.endswith(("this", "later"), 0, 15))
print(line.startswith(("",), 100), line.endswith(("",), -3), line.startswith(("# ",), -40))
files = ["main.py", "notes.txt", "a.rs", ".py"]
print([f.endswith((".py", ".txt"), 1) for f in files])
