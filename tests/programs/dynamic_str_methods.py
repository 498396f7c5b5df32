record = {"name": "Ada Lovelace", "born": 1815, "tags": "math,code"}
for k in record:
    v = record[k]
    if isinstance(v, str):
        print(k, v.upper(), v.split(","), v.startswith("A"), v.replace("a", "4"), len(v))
    else:
        print(k, v + 1)
cells = ["x", 3, " y "]
print([c.strip() if isinstance(c, str) else c for c in cells])
try:
    print(cells[1].upper())
except AttributeError as e:
    print("AttributeError:", e)
print("{}-{}".format(cells[0], cells[1]), "abc".startswith(cells[0]), "x".center(cells[1] + 2))
