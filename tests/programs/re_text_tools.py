"""Text tools built on regular expressions: a tokenizer with a master pattern of named
groups, validation, number formatting with lookarounds, repeated words by backreference,
verbose patterns, and template filling through a function."""
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/=()]"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("SKIP", r"[ \t]+"),
    ("NEWLINE", r"\n"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKEN_SPEC))


def tokenize(code):
    line = 1
    start = 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        column = m.start() - start
        if kind == "NUMBER":
            yield kind, float(value) if "." in value else int(value), line, column
        elif kind == "NEWLINE":
            start = m.end()
            line += 1
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            yield "ERROR", value, line, column
        else:
            yield kind, value, line, column


source = 'total = price * 1.5 + tax\nlabel = "net \\"gross\\"" ? 3'
for tok in tokenize(source):
    print(tok)

# Validation with fullmatch.
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
for word in ["valid_name", "9lives", "_", "a-b", ""]:
    print(f"{word!r:14} {'ok' if IDENT.fullmatch(word) else 'invalid'}")

DATE = re.compile(
    r"""
    (?P<year>\d{4})   # four-digit year
    [-/]
    (?P<month>0[1-9]|1[0-2])
    [-/]
    (?P<day>0[1-9]|[12]\d|3[01])
    """,
    re.VERBOSE,
)
for text in ["2024-02-29", "1999/12/31", "2024-13-01", "x2024-01-01"]:
    m = DATE.match(text)
    print(text, m.groupdict() if m else None)

# Thousands separators with lookarounds.
def group_digits(n):
    return re.sub(r"(?<=\d)(?=(?:\d{3})+$)", ",", str(n))

print([group_digits(n) for n in [7, 1234, 1234567, 10 ** 12]])
print(re.findall(r"\b\w+(?=ing\b)", "running jumping sing thing kingdom"))
print(re.findall(r"(?<!\$)\b\d+\b", "$10 and 20 and $30 or 40"))

# Repeated words by backreference, ignoring case.
text = "This is is a test. The the cat sat on the the mat mat."
print(re.findall(r"\b(\w+)\s+\1\b", text, re.IGNORECASE))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", text, flags=re.I))

# Templates filled by a function.
values = {"name": "Ada", "lang": "Python", "n": 3}
template = "Hello {name}, you know {lang} and {n} others; {missing} stays."
print(re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template))

# Character classes, anchors, escapes.
print(re.findall(r"[aeiou]{2,}", "beautiful queue aeon"))
print(re.findall(r"^\s*#.*$", "code\n  # comment\n# another\nx = 1", re.M))
print(re.split(r"\W+", "Hello, world! How's it going?"))
print(re.sub(r"\s+", " ", "  many   spaces\tand\nlines  ").strip())
literal = "1+1=2? (yes)"
print(re.escape(literal), bool(re.search(re.escape(literal), "is 1+1=2? (yes) really")))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"(?:\w)(?:\d)", "a1 b2"))
m = re.search(r"(?P<word>\w+)(?:-(?P<suffix>\w+))?", "well-known")
print(m.group(0), m.group("word", "suffix"), m.span("suffix"), m.lastindex, m.lastgroup)
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.end(), m.expand(r"[\1|\g<2>]"))
print(re.compile(r"\d+"), re.compile("x", re.I | re.S).flags & re.I != 0)
for bad in ["(unclosed", "a{3,1}", "[z-a]", "*start", r"\k"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r}: {e.msg} (position {e.pos})")
# Lookbehind sees the text after it; errors know their line; patterns are hashable.
print(re.findall(r"(?<=\b)\w+", "ab cd"), re.findall(r"(?<!\b)\w", "ab cd"))
try:
    re.compile("abc\n(def")
except re.error as e:
    print(e, e.lineno, e.colno)
for bad in ["(?P", "a{99999999999}"]:
    try:
        re.compile(bad)
    except (re.error, OverflowError) as e:
        print(type(e).__name__, e)
handlers = {re.compile(r"\d+"): "number", re.compile(r"[a-z]+"): "word"}
print(handlers[re.compile(r"\d+")], re.search(r"(a)(b)?", "xa").regs)
re.compile("x)y")
