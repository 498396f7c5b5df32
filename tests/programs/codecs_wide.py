"""Encoding and decoding text in UTF-16 and UTF-32 (with and without a byte-order mark, both
orders) and Windows-1252, with CPython's errors for runs of unencodable characters and bad
byte sequences, and the replace, ignore, backslashreplace and xmlcharrefreplace handlers."""
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "UTF-32-LE", "utf_32_be", "cp1252", "windows-1252"]:
    data = "é€ naïve 😀".encode(enc) if not enc.startswith(("cp", "win")) else "é€ naïve ‘x’".encode(enc)
    print(enc, data, data.decode(enc))
for s, e in [("éé", "ascii"), ("éx", "ascii"), ("ĀĀ", "cp1252"), ("Ā", "cp1252"), ("aĀĀb", "latin-1")]:
    try:
        s.encode(e)
    except UnicodeEncodeError as x:
        print(x)
    print(s.encode(e, "replace"), s.encode(e, "xmlcharrefreplace"))
for b, e in [(b"a", "utf-16-le"), (b"a", "utf-16"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc\x00\x00", "utf-16-le"),
             (b"\x00\xd8a\x00", "utf-16-le"), (b"ab", "utf-32"), (b"\x00\x00\x11\x00", "utf-32-le"),
             (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\x81", "cp1252"), (b"\xff\xfea\x00", "utf-16"),
             (b"\xfe\xff\x00a", "utf-16"), (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"), (b"\xfe\xff\x00", "utf-16")]:
    try:
        print(repr(b.decode(e)))
    except UnicodeDecodeError as x:
        print(x)
    print(repr(b.decode(e, "replace")), repr(b.decode(e, "ignore")), repr(b.decode(e, "backslashreplace")))
for raw in (b"\xef\xbb\xbfname,qty\n", b"name,qty\n", b"\xef\xbb\xbf\xff"):
    try:
        print(repr(raw.decode("utf-8-sig")))
    except UnicodeDecodeError as e:
        print(e)
print("é".encode("utf-8-sig"), "".encode("utf_8_sig"))
