# Sales report: parse CSV-like lines, validate, aggregate, and print with % formatting.
import sys

RAW = """region,product,units,price
north,widget,12,2.50
south,widget,7,2.50
north,gadget,3,10.00
east,gizmo,x,4.00
south,gadget,5,10.00
west,widget,-2,2.50
east,widget,9,2.45
"""


class RowError(ValueError):
    def __init__(self, line_no, message):
        super().__init__(f"line {line_no}: {message}")
        self.line_no = line_no


def parse(text):
    rows = []
    errors = []
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    for n, line in enumerate(lines[1:], start=2):
        fields = dict(zip(header, line.split(",")))
        try:
            try:
                units = int(fields["units"])
            except ValueError as e:
                raise RowError(n, "units is not a number") from e
            if units < 0:
                raise RowError(n, f"negative units {units}")
            rows.append((fields["region"], fields["product"], units, float(fields["price"])))
        except RowError as e:
            errors.append(e)
            print("skipping", e, file=sys.stderr)
    return rows, errors


rows, errors = parse(RAW)
totals = {}
for region, product, units, price in rows:
    key = (region, product)
    totals[key] = totals.get(key, 0.0) + units * price

print("%-8s %-8s %9s" % ("region", "product", "revenue"))
for key in sorted(totals):
    region, product = key
    row = (region, product, totals[key])
    print("%-8s %-8s %9.2f" % row)
grand = sum(totals.values())
print("%(n)d rows, %(bad)d rejected, total %(total).2f" % {"n": len(rows), "bad": len(errors), "total": grand})
print(f"{grand:,.2f}", grand.is_integer(), (grand * 4).as_integer_ratio(), round(grand, -1))
for e in errors:
    cause = e.__cause__
    print(e.line_no, repr(e), "caused by" if cause else "no cause", type(cause).__name__)
best = max(totals.items(), key=lambda kv: kv[1])
print("best: %s/%s %.1f" % (best[0][0], best[0][1], best[1]))
