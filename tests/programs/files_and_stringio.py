"""Files: writing a report with write, writelines and print(file=…), reading it back by
lines, read(n), readline and readlines, appending, binary mode, newline handling, the
errors CPython raises (a missing file, a directory, a closed file, a bad mode, writing to a
file opened for reading), and io.StringIO as an in-memory file."""
import io

PATH = "/tmp/natrix_test_files_and_stringio.csv"

SALES = [("north", "widget", 12, 2.5), ("south", "gadget", 3, 19.99),
         ("north", "gadget", 7, 19.99), ("east", "widget", 40, 2.25)]

with open(PATH, "w") as out:
    out.write("region,item,qty,price\n")
    for region, item, qty, price in SALES:
        print(region, item, qty, f"{price:.2f}", sep=",", file=out)
    out.writelines(["# generated\n", "# end"])
print("closed after with:", out.closed)

totals = {}
with open(PATH) as f:
    header = f.readline().rstrip("\n").split(",")
    for line in f:
        if line.startswith("#"):
            continue
        row = dict(zip(header, line.rstrip("\n").split(",")))
        totals[row["region"]] = totals.get(row["region"], 0.0) + int(row["qty"]) * float(row["price"])
for region, total in sorted(totals.items()):
    print(f"{region:<6}{total:>9.2f}")

with open(PATH, encoding="utf-8") as f:
    print(repr(f.read(6)), repr(f.readline()), len(f.readlines()))

log = open(PATH, "a")
log.write("café\r\n")
log.close()
with open(PATH) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
with open(PATH, newline="") as f:
    print(repr(f.readlines()[-1]))
with open(PATH, "rb") as f:
    data = f.read()
print(data[-7:], len(data), data.count(b"\n"))
with open(PATH, "wb") as f:
    f.write(bytes(range(65, 70)) + b"\n")
print(open(PATH, "rb").read(), open(PATH).read().strip())

for attempt in ("/tmp/natrix-no-such-dir/x.txt", "/tmp"):
    try:
        open(attempt)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    except IsADirectoryError as e:
        print("IsADirectoryError:", e)
    except OSError as e:
        print("OSError:", e)
for mode in ("rw", "rr", "q"):
    try:
        open(PATH, mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    log.write("late")
except ValueError as e:
    print("ValueError:", e)

report = io.StringIO()
print("totals", file=report)
for region, total in sorted(totals.items()):
    print(f"  {region}", round(total, 2), sep=": ", file=report)
report.write("done\n")
text = report.getvalue()
print(repr(text))
report.seek(0)
print(report.readline(), end="")
print(list(report))
memory = io.StringIO("a\nb\nc")
print(memory.read(2), memory.readlines(), memory.tell())

with open(PATH, "wb") as f:
    f.write(b"a\rb\r\nc\nd")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(PATH, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(PATH, "rb") as f:
    print(f.readline(), list(f))
with open(PATH, "w") as f:
    for done, item in [[False, "milk"], [True, "bread"]]:
        f.write(item + ("\n" if done else " "))
    try:
        f.write(3)
    except TypeError as e:
        print("TypeError:", e)
print(open(PATH).read().split())
raw = io.BytesIO(b"xy\nz")
print(raw.readline(), raw.read(), raw.tell(), b"xy\nz".find(b"z", 1), b"abcabc".find(b"c", -2))
raw.write(b"!!")
raw.seek(0)
print(raw.getvalue(), list(raw))

with open(PATH, "w") as out:
    out.write("read-only next\n")
# StringIO's newline translation and line splitting, as CPython's.
for nl in [None, "", "\n", "\r", "\r\n"]:
    buf = io.StringIO("x\r\ny\rz\n", newline=nl)
    print(repr(nl), buf.readlines(), repr(buf.getvalue()))
try:
    io.StringIO("", newline="x")
except ValueError as e:
    print("ValueError:", e)
with open(PATH) as src:
    src.write("not allowed")
