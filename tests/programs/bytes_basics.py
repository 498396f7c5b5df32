# bytes: literals, str.encode / bytes.decode with CPython's errors, indexing, slicing, iteration,
# comparison, hashing (dict keys, set members), repr, and a checksum over encoded text.
data = "héllo wörld".encode("utf-8")
print(data, len(data), data[0], data[-1], data[1:3], data[::2])
print(data.decode(), data.decode("utf-8") == "héllo wörld", b"abc" + b"def", b"ab" * 3)
raw = b"it's \x00\xff\n"
print(raw, repr(raw), str(b'"q"'), b'a"b\'c')
print(b"abc" == b"abc", b"abc" < b"abd", b"a" != b"b", 98 in b"abc", b"bc" in b"abcd", 120 not in b"abc")
print(list(b"hi"), bytes([72, 105]), bytes(3), bytes(), bytes("ok", "ascii"), b"\x01\xab".hex())
print(hash(b"xyz") == hash(b"xyz"), bool(b""), bool(b"a"))
seen = {b"k": 1}
seen[b"k"] += 1
print(seen, sorted(b"cab"), max(b"cab"))
for bad in [b"\xff\xfe", b"ok\xe4", b"\xe4\xb8"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    bytes([300])
except ValueError as e:
    print("ValueError:", e)
try:
    data[100]
except IndexError as e:
    print("IndexError:", e)
total = 0
for byte in b"\x01\x02\x03":
    total += byte
print(total, b"abc".decode("ascii"), "é".encode("latin-1"))
chunks = [b"ab", b"cd"]
print(chunks, b"-".join(chunks), chunks[0] + chunks[1], chunks[0].startswith(b"a"))
mixed = [b"x", 1, "s"]
print(mixed)
t = (b"k", 2)
print(t, {b"a", b"b"} == {b"b", b"a"})
def checksum(data):
    s = 0
    for i in range(len(data)):
        s = (s * 31 + data[i]) % 65521
    return s
print(checksum("The quick brown fox".encode()))
print(f"{b'z'}", str(b"q"))


def run_length(data):
    out = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)


packed = run_length(b"aaaabbbcddddddddde")
print(packed, len(packed), packed.hex())
