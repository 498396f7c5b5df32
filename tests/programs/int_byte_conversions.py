"""Packing integers into bytes and back, as binary file formats and checksums do:
int.to_bytes and int.from_bytes with both byte orders, signed values, defaults and keywords,
and CPython's errors."""


def pack_header(version, length, checksum):
    return version.to_bytes(1, "big") + length.to_bytes(4, "little") + checksum.to_bytes(2, "big")


def unpack_header(data):
    version = int.from_bytes(data[:1], "big")
    length = int.from_bytes(data[1:5], byteorder="little")
    checksum = int.from_bytes(data[5:7], "big")
    return version, length, checksum


header = pack_header(3, 70000, 0xBEEF)
print(header, len(header), unpack_header(header))

for n in [0, 1, 255, 256, -1, -128, 127, 2**63, -(2**70)]:
    size = (n.bit_length() + 8) // 8
    raw = n.to_bytes(size, "big", signed=True)
    back = int.from_bytes(raw, "big", signed=True)
    print(n, raw.hex(), back == n)

print((1024).to_bytes(2, byteorder="little"), (5).to_bytes(), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\xff\xfe", "little"), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(bytes([1, 0, 0, 0, 0, 0, 0, 0, 0]), "big"))

checksum = 0
for block in [b"abc", b"defg", b"h"]:
    checksum = (checksum + int.from_bytes(block, "big")) % 2**32
print(checksum, checksum.to_bytes(4, "big").hex())

for n, size, order, signed in [(256, 1, "big", False), (-5, 2, "big", False), (5, 1, "middle", False), (128, 1, "big", True)]:
    try:
        print(n.to_bytes(size, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
