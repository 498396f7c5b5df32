# str.encode / bytes.decode / bytes() with error handlers: ignore, replace,
# backslashreplace, xmlcharrefreplace, unknown names (LookupError only when needed).
text = "naïve café — 𝄞 ok"
for handler in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    print(handler, text.encode("ascii", handler), text.encode("latin-1", errors=handler))
data = b"ok \xff\xfe caf\xc3\xa9 \xe2\x82 end \xf0\x9f"
for handler in ("ignore", "replace", "backslashreplace"):
    print(handler, repr(data.decode("utf-8", handler)), repr(data.decode("ascii", errors=handler)))
print("abc".encode("ascii", "bogus"), b"abc".decode("utf-8", "bogus"))
print(data.decode(errors="replace"), "é".encode(encoding="utf-8", errors="strict"))
for bad in [lambda: "é".encode("ascii", "bogus"), lambda: b"\xff".decode("utf-8", "bogus"),
            lambda: b"\xff".decode("ascii", "xmlcharrefreplace"), lambda: "é".encode("ascii", "strict")]:
    try:
        bad()
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
print(bytes("é!", "latin-1"))
print(bytes("é?", "ascii", "replace"))
