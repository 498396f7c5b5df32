"""html: `escape` and `unescape` as CPython 3.11's, the named character references read from
the runtime's table of HTML5's (`runtime/src/text_tables.rs`)."""

import re as _re


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# What HTML5 makes of the numeric references to these code points (Windows-1252's
# characters for the C1 controls, the replacement character for NUL, a newline for CR).
_NUMERIC_REPLACED = {
    0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192",
    0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6",
    0x89: "\u2030", 0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d",
    0x8e: "\u017d", 0x8f: "\x8f", 0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019",
    0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
    0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a", 0x9c: "\u0153",
    0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178",
}


def _dropped(n):
    """Whether HTML5 drops a numeric reference to code point `n` (controls, noncharacters)."""
    if 0x1 <= n <= 0x8 or 0xE <= n <= 0x1F or 0x7F <= n <= 0x9F or 0xFDD0 <= n <= 0xFDEF:
        return True
    return n == 0xB or (n & 0xFFFE) == 0xFFFE


def _reference(m):
    ref = m.group(1)
    if ref is None:
        return ""
    if ref[0] == "#":
        if ref[1] in "xX":
            n = int(ref[2:].rstrip(";"), 16)
        else:
            n = int(ref[1:].rstrip(";"))
        if n in _NUMERIC_REPLACED:
            return _NUMERIC_REPLACED[n]
        if 0xD800 <= n <= 0xDFFF or n > 0x10FFFF:
            return "\ufffd"
        if _dropped(n):
            return ""
        return chr(n)
    whole = __natrix_text_table__(8, ref)
    if whole != "":
        return whole
    # The longest name it starts with (`&ampx` is `&x`).
    for k in range(len(ref) - 1, 1, -1):
        found = __natrix_text_table__(8, ref[:k])
        if found != "":
            return found + ref[k:]
    return "&" + ref


_REFERENCE = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    if "&" not in s:
        return s
    return _REFERENCE.sub(_reference, s)
