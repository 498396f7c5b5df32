import html
import random
import unicodedata
from html import escape, unescape


def slugify(text):
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    out = []
    for ch in plain.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


for title in ["Crème Brûlée Recipe", "Ångström & Co.", "naïve café — déjà vu", "Straße 5"]:
    print(slugify(title))
for ch in "aZ1 é€\u0301中":
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "?"), unicodedata.combining(ch))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.lookup("snowman"))
print(unicodedata.normalize("NFC", "e\u0301") == "é", len(unicodedata.normalize("NFD", "é")))
print(unicodedata.normalize("NFKC", "ﬁ①²"), unicodedata.is_normalized("NFC", "é"))
print(unicodedata.decimal("7"), unicodedata.decimal("x", -1), unicodedata.unidata_version)
try:
    unicodedata.lookup("NO SUCH THING")
except KeyError as e:
    print("KeyError", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError", e)

snippet = '<a href="x?a=1&b=2">Tom\'s "quote"</a>'
print(escape(snippet))
print(escape(snippet, quote=False))
print(unescape(escape(snippet)) == snippet)
print(html.unescape("&lt;p&gt; &amp;amp; &copy; &#169; &#xA9; &eacute;t&eacute; &ampx &notit; &bogus; &#0; &#x80; &#128512;"))
random.seed(3)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError:", e)
print(random.sample([1, 2, 3, 4], 2), random.sample("abcdef", 3), random.sample(range(10), 2))
