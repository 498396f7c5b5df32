"""A sales report from CSV data: reading with csv.reader and DictReader (quoted fields,
embedded commas and newlines, other delimiters), aggregating, and writing the results back
with csv.writer and DictWriter to files and in-memory streams."""
import csv
import io
import os

SALES = '''region,product,units,unit_price,note
North,Widget,12,2.50,
South,"Gadget, large",3,19.99,"fragile, handle ""with care"""
North,Gizmo,7,5.00,"two
lines"
East,Widget,20,2.50,
South,Widget,5,2.45,discount
'''

rows = list(csv.reader(io.StringIO(SALES)))
header, data = rows[0], rows[1:]
print(header)
for row in data:
    print(len(row), row)

totals = {}
for rec in csv.DictReader(io.StringIO(SALES)):
    revenue = int(rec["units"]) * float(rec["unit_price"])
    totals[rec["region"]] = totals.get(rec["region"], 0.0) + revenue
    if rec["note"]:
        print(f"{rec['product']!r}: {rec['note']!r}")
for region in sorted(totals):
    print(f"{region:6} {totals[region]:8.2f}")

# Writing: quoting as needed, and every way CPython quotes.
out = io.StringIO()
w = csv.writer(out)
w.writerow(["region", "revenue", "comment"])
for region in sorted(totals):
    w.writerow([region, round(totals[region], 2), 'says "hi", twice'])
w.writerows([["", None, 3], ["x\ny", 1.5, True]])
print(repr(out.getvalue()))
for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    s = io.StringIO()
    csv.writer(s, quoting=quoting, lineterminator="\n").writerow(["a", 1, 2.5, None, "b,c"])
    print(quoting, s.getvalue(), end="")
s = io.StringIO()
csv.writer(s, delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a|b", 'q"r', "plain"])
print(s.getvalue(), end="")
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["needs, escaping"])
except csv.Error as e:
    print("csv.Error:", e)

# Files: DictWriter then DictReader, with missing and extra fields.
path = "natrix_csv_report_test.csv"
with open(path, "w", newline="") as f:
    dw = csv.DictWriter(f, fieldnames=["name", "score", "grade"], restval="n/a")
    dw.writeheader()
    dw.writerow({"name": "Ada", "score": 93, "grade": "A"})
    dw.writerows([{"name": "Bob", "score": 71}, {"name": "Cy, Jr.", "score": 88, "grade": "B"}])
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    reader = csv.DictReader(f)
    print(reader.fieldnames)
    best = max(reader, key=lambda r: int(r["score"]))
    print(best["name"], best["score"], reader.line_num)
os.remove(path)
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)

# Other dialects and options.
tsv = "id\tname\n1\tAda Lovelace\n2\t  spaced\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
print(list(csv.reader(io.StringIO(tsv), dialect="excel-tab", skipinitialspace=True)))
print(list(csv.reader(["a;'b;c';d", "'x''y';z"], delimiter=";", quotechar="'")))
print(list(csv.reader(['a,b\\,c,d'], escapechar="\\")))
s = io.StringIO()
csv.writer(s, dialect="unix").writerow(["u", 1])
print(repr(s.getvalue()))
lines = ["name,qty", "apples,3", "", "pears,5"]
print([r for r in csv.reader(lines)])
# Cleaning up the header names; a JSON column; what writerow refuses.
import json

r = csv.DictReader(io.StringIO(' Name , Tags \nAda,"[1, 2]"\n'))
r.fieldnames = [h.strip().lower() for h in r.fieldnames]
for rec in r:
    print(rec["name"], json.loads(rec["tags"]), sum(json.loads(rec["tags"])))
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(io.StringIO("a,b\rc,d\r", newline=""))))
reader = csv.reader(['a,"unterminated'])
print(next(reader), reader.line_num)
print(list(csv.reader(['x,"bad"quote'], strict=False)))
list(csv.reader(['x,"bad"quote'], strict=True))
