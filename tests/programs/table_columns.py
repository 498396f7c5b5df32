"""Report tables sized from their data: column widths from `zip(headers, *rows)` over rows of
mixed types, columns transposed with `zip(*rows)`, and the rows printed aligned."""

headers = ["item", "qty", "price", "total"]
rows = [
    ("widget", 3, 2.5, 7.5),
    ("gadget extra", 12, 0.75, 9.0),
    ("doohickey", 1, 120.0, 120.0),
]


def widths(rows, headers):
    return [max(len(str(x)) for x in col) for col in zip(headers, *rows)]


w = widths(rows, headers)
print(w)
print(" | ".join(h.ljust(n) for h, n in zip(headers, w)))
print("-+-".join("-" * n for n in w))
for row in rows:
    print(" | ".join(str(x).rjust(n) if not isinstance(x, str) else x.ljust(n) for x, n in zip(row, w)))

names, qtys, prices, totals = zip(*rows)
print(names, sum(qtys), max(prices), round(sum(totals), 2))
columns = list(zip(headers, *rows))
for col in columns:
    print(col[0], "->", col[1:])
print(list(zip(*["abc", "de"])), list(zip(*[[1, 2], [3, 4], [5, 6]])))

mixed = [headers[:2], ("x", 1), "yz"]
print(list(zip(*mixed)))
try:
    print(list(zip(*[("a", 1), 5])))
except TypeError as e:
    print("TypeError:", e)

# A header row joined from the same list of mixed rows; a data row is no strs.
table = [("name", "qty"), ("apple", 3), ("pear", None)]
print(" | ".join(table[0]))
for row in table[1:]:
    try:
        print(" | ".join(row))
    except TypeError as e:
        print("TypeError:", e)
