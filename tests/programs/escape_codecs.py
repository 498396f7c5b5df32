"""A lexer reads string literals with `bytes.decode("unicode_escape")`, and a logger writes
control characters visibly with `str.encode("unicode_escape")`; `raw_unicode_escape` both
ways, and the codec's errors under each handler."""
import re

SOURCE = r'''greeting = "hi\tthere\n"
path = "C:\\temp\\new"
quote = "she said \"yes\" \x41\102\u00e9\U0001F600"
bell = "\a\b\f\v\0"
'''

TOKEN = re.compile(r'(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"')
for name, body in TOKEN.findall(SOURCE):
    value = body.encode("latin-1").decode("unicode_escape")
    print(f"{name:>9}: {value!r} ({len(value)} chars)")

for text in ["tab\there", "line\nbreak\r", "back\\slash 'q' \"dq\"", "caf\u00e9 \u20ac \U0001f40d", "\x00\x1f\x7f\x80\xff"]:
    esc = text.encode("unicode_escape")
    raw = text.encode("raw_unicode_escape")
    print(esc, raw, esc.decode("unicode_escape") == text, raw.decode("raw_unicode_escape") == text)

print(repr(b"a\\u20ac\\n\xe9\\\\u20ac".decode("raw_unicode_escape")))
print(repr(b"unknown \\q and \\w escapes stay".decode("unicode_escape")))
print(repr(b"joined \\\nlines".decode("unicode_escape")))

for bad in [b"\\x4", b"ab\\x4g", b"\\u12", b"\\U00110000", b"x\\", b"\\N{DASH}"]:
    for errors in ["replace", "ignore"]:
        print(bad, errors, repr(bad.decode("unicode_escape", errors)))
    try:
        bad.decode("unicode-escape")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    b"\\u12".decode("raw_unicode_escape")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
b"broken \\x".decode("unicode_escape")
