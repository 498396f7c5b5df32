# Positions in long non-ASCII text: indexing, slicing and searching far into a str whose
# characters take one to four bytes each, the way a tokenizer or a highlighter walks text.

PHRASES = ["naïve café", "Größe", "日本語のテキスト", "emoji 😀 here", "plain ascii words"]


def build_text(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{PHRASES[i % len(PHRASES)]}")
    return " | ".join(parts)


def tokens(text):
    """Words and their code-point spans, found by scanning character by character."""
    out = []
    start = -1
    for i, c in enumerate(text):
        if c.isalnum():
            if start < 0:
                start = i
        elif start >= 0:
            out.append((text[start:i], start, i))
            start = -1
    if start >= 0:
        out.append((text[start:], start, len(text)))
    return out


def find_all(text, needle):
    spots = []
    pos = text.find(needle)
    while pos != -1:
        spots.append(pos)
        pos = text.find(needle, pos + 1)
    return spots


def rfind_all(text, needle):
    spots = []
    end = len(text)
    while True:
        pos = text.rfind(needle, 0, end)
        if pos < 0:
            return spots
        spots.append(pos)
        end = pos


text = build_text(400)
print(len(text), len(text.encode("utf-8")))
toks = tokens(text)
print(len(toks), toks[:3], toks[-3:])
for word, a, b in toks[::97]:
    assert text[a:b] == word, (word, a, b)
    print(word, a, b, repr(text[a - 2:a]), text[b:b + 3])

cafes = find_all(text, "café")
print(len(cafes), cafes[:4], cafes[-2:])
assert all(text[p:p + 4] == "café" for p in cafes)
print(rfind_all(text, "😀")[:3] == sorted(find_all(text, "😀"), reverse=True)[:3])
print(text.count("é", 1000), text.count("é", 1000, 5000), text.count("", 70, 200))
print(text.index("399:"), text.rindex("日本"), text.find("Größe", len(text) - 100))
print(text.startswith("Größe", text.find("Größe")), text.endswith("語", 0, text.find("語") + 1))

# Every position from both ends, against a list of the characters.
chars = list(text)
assert all(text[i] == chars[i] for i in range(len(text)))
assert all(text[-i] == chars[-i] for i in range(1, len(text) + 1))
backwards = "".join(text[i] for i in range(len(text) - 1, -1, -1))
print(backwards == text[::-1], backwards[:20])

# Windows across the index's strides.
for a in (0, 1, 63, 64, 65, 127, 128, 129, 1000, len(text) - 70):
    w = text[a:a + 70]
    print(a, len(w), w[:6], w[-6:], text.find(w[30:40], a) - a)

# Growing a text in place keeps its positions right.
grown = "é" * 100
for i in range(50):
    grown += f"{i}ü"
    assert grown[-1] == "ü" and grown[100 + len(str(i))] == "ü" or i > 9
print(len(grown), grown[95:110], grown.find("49ü"), hash(grown) == hash("é" * 100 + "".join(f"{i}ü" for i in range(50))))
