"""Fixed-width binary records and hex dumps: the bytes methods that pad, split and case text,
`hex()` with separators, checksums over the ints of a bytes object, `ord()` of one byte,
`int.from_bytes` of a list and the codec keywords of `bytes()` and `str()`."""


def pack_record(name, qty, code):
    field = name.encode("ascii")[:10].ljust(10, b".")
    count = str(qty).encode().rjust(5, b"0")
    return field + b"|" + count + b"|" + code.encode().upper().center(6, b"-")


def checksum(data):
    return sum(data) % 256


def hexdump(data, width=8):
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        printable = bytes(c if 32 <= c < 127 else ord(b".") for c in chunk)
        lines.append(f"{offset:04x}  {chunk.hex(' '):<{width * 3}} {printable.decode()}")
    return "\n".join(lines)


records = [pack_record("widget", 40, "ab1"), pack_record("gadgetron-9000", 7, "zz"),
           pack_record("nut", 12345, "q")]
for r in records:
    print(r, checksum(r), r.hex(":", 4), r.hex("-", -8))

blob = b"\r\n".join(records) + b"\nTRAILER\ttab\rEND"
print(hexdump(blob[:24]))
print(blob.splitlines()[:2], len(blob.splitlines()), blob.splitlines(keepends=True)[-2:])

# Parsing the records back: from the right, with prefixes and suffixes dropped.
for line in blob.splitlines():
    if b"|" not in line:
        print("other:", line.expandtabs(4), line.istitle(), line.isascii())
        continue
    name, count, code = line.rsplit(b"|", 2)
    print(name.rstrip(b".").title(), int(count), code.strip(b"-").lower().removeprefix(b"z"),
          name.removesuffix(b"...").swapcase(), count.zfill(8), b"-3".zfill(4))
print(blob.startswith((b"x", b"widget")), blob.endswith((b"END",)), blob.endswith(()),
      [r.endswith((b"-", b"1--")) for r in records])
print(b"k=v;a=b;c".rsplit(b";", 1), b"  many   spaces here ".rsplit(), b"x y z".rsplit(b" "))
print(b"header".capitalize(), b"MIXED case".capitalize(), b"ab".center(7), b"ab".ljust(1))

# The ints of a bytes object.
frame = bytes([0x7E, 0x01, 0xFF, 0x10, 0x00, 0x7E])
print(max(frame), min(frame), sum(frame), any(frame), all(frame), set(frame) == {0, 1, 16, 126, 255})
print(tuple(frame[1:4]), ord(frame[:1]), ord(b"\n"))
payload = [0x01]
payload.extend(frame[1:3])
payload.extend(b"ok")
print(payload, bytes(payload))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes([0xFF, 0xFF], "little", signed=True),
      int.from_bytes(list(frame[1:3]), byteorder="big"))

# Codecs by keyword.
text = "naïve café"
raw = bytes(text, encoding="utf-8")
print(raw, bytes(text, "latin-1"), str(raw, "utf-8"), str(raw, encoding="ascii", errors="replace"))
print(str(b"plain", errors="strict"), bytes("x", "ascii", errors="strict"), int(b" -17\n"), int(b"1_000"))

for bad in (lambda: frame.hex("::"), lambda: b"ab".ljust(4, b".."), lambda: ord(b"ab"),
            lambda: b"a,b".rsplit(b""), lambda: int.from_bytes([1, 300], "big"),
            lambda: str(raw, "ascii"), lambda: int(b" 12x")):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
