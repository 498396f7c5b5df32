"""Cleaning and recoding text with str.maketrans / str.translate and the string module's
constants: deleting punctuation, complementing DNA, ROT13, HTML escaping, the errors."""
import string
from string import ascii_lowercase, capwords


def words(text):
    strip = str.maketrans("", "", string.punctuation)
    return text.translate(strip).lower().split()


def reverse_complement(dna):
    return dna.translate(str.maketrans("ACGT", "TGCA"))[::-1]


def rot13(text):
    table = {}
    for alphabet in (ascii_lowercase, string.ascii_uppercase):
        for i, c in enumerate(alphabet):
            table[ord(c)] = alphabet[(i + 13) % 26]
    return text.translate(table)


def escape(text):
    return text.translate({ord("<"): "&lt;", ord(">"): "&gt;", ord("&"): "&amp;"})


text = "Hello, World! It's a fine day... isn't it? Yes -- a fine day."
counts = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(reverse_complement("ATGCGTAACGTT"))
print(rot13("Hello, World!"), rot13(rot13("Round Trip")))
print(escape("if a < b && c > d:"))
print("leet speak is nice".translate(str.maketrans("aeio", "4310")))
print("Programming in Python".translate({ord(c): None for c in "aeiouAEIOU"}))
shift = {ord(c): ord(c) - 32 for c in ascii_lowercase}
print("shouting quietly".translate(shift))
table = str.maketrans("ab", "xy", "c")
print("abcabc".translate(table), table)
print(str.maketrans("ab", "cd"), "naïve café".translate({ord("ï"): "i", ord("é"): "e"}))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(capwords("the  quick brown\tfox"), capwords("a-b-c", "-"), capwords(""))
print(sum(1 for c in "Pa55word!" if c in string.digits), all(c in string.hexdigits for c in "c0ffee"))

try:
    str.maketrans("abc", "de")
except ValueError as e:
    print("ValueError:", e)
try:
    print("abc".translate({ord("a"): 2.5}))
except TypeError as e:
    print("TypeError:", e)
print("abc".translate({ord("b"): 0x110000}))
