"""Rewinding and bookmarking files opened for reading: read a header, remember where the
data starts, scan, then seek back; the tail of a binary file by seeking from its end."""
import io
import os

PATH = "/tmp/natrix_file_seek_tell.csv"

with open(PATH, "w") as f:
    f.write("city,temp\n")
    for city, temp in [("Oslo", -3), ("Lima", 19), ("Kyiv", 2), ("Perth", 27), ("Sapporo", -8)]:
        f.write(f"{city},{temp}\n")


def scan(f, start):
    f.seek(start)
    return [line.rstrip("\n").split(",") for line in f]


with open(PATH) as f:
    header = f.readline().rstrip("\n").split(",")
    data_start = f.tell()
    rows = scan(f, data_start)
    print(header, data_start, len(rows), f.tell())
    coldest = min(rows, key=lambda r: int(r[1]))
    warm = [r[0] for r in scan(f, data_start) if int(r[1]) > 0]
    print(coldest, warm)
    f.seek(0)
    print(repr(f.read(4)), f.tell(), f.seekable())
    print(f.seek(0, 2), repr(f.read()))
    for whence in (1, 2):
        try:
            f.seek(5, whence)
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e)

with open(PATH, "rb") as b:
    size = b.seek(0, 2)
    b.seek(-12, os.SEEK_END)
    print(size, b.read(), b.tell())
    b.seek(5)
    print(b.read(4), b.seek(-4, 1), b.read(4))
    for offset, whence in ((-100, 1), (-1, 0)):
        try:
            b.seek(offset, whence)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)

os.remove(PATH)
