"""str methods on ASCII text, which take byte-by-byte paths, next to the same calls on text
with other characters: split() on every kind of whitespace, lower/upper, strip(chars)."""

SAMPLES = [
    "  The quick\tbrown\nfox  ",
    "a\x0bb\x0cc\rd\x1ce\x1df\x1eg\x1fh",
    "",
    "   ",
    "one",
    "Mixed CASE, with Punctuation!",
    "caf\u00e9 \u00c9T\u00c9\u2003wide\u3000space",
    "\u0130stanbul \u03a3\u039f\u03a6\u039f\u03a3",
    "tab\t\tand\x85nel",
]

for s in SAMPLES:
    print(repr(s.split()), repr(s.lower()), repr(s.upper()))
    print(repr(s.strip(" \t")), repr(s.strip("aeiou ")), repr(s.strip("\u00e9\u3000 ")))
    print(repr(s.lstrip("Tt ")), repr(s.rstrip("h ")))

words = "Alpha, beta. GAMMA,, delta... epsilon".split()
print([w.strip(".,").lower() for w in words])
print([w.strip(",.").upper() for w in words])
print("...".strip("."), "ab".strip("ba"), "abc".strip(""), "xxaxx".strip("x"))
text = " ".join(["w%d" % i for i in range(1000)])
parts = text.split()
print(len(parts), parts[0], parts[-1], text.upper().split()[500])
s = "unchanged"
print(s.strip("z") == s, s.strip("uned") == s[2:-1])
