"""Building and taking apart text: f-strings, `+=` in a loop, join, split, replace, upper,
str <-> int conversion, startswith (the string-building workload of report generators)."""

N = 150000


def make_report(n):
    out = ""
    lines = []
    for i in range(n):
        name = "item" + str(i % 97)
        qty = (i * 7919) % 1000
        price = (i * 104729) % 10000
        line = f"{i},{name},{qty},{price // 100}.{price % 100:02d}"
        if i % 10 == 0:
            line = line.upper()
        lines.append(line)
        if i % 1000 == 0:
            out += f"# section {i // 1000}\n"
    return out + "\n".join(lines)


def summarize(text):
    total_qty = 0
    cents = 0
    names = {}
    sections = 0
    for line in text.split("\n"):
        if line.startswith("#"):
            sections += 1
            continue
        fields = line.split(",")
        total_qty += int(fields[2])
        whole, frac = fields[3].split(".")
        cents += int(whole) * 100 + int(frac)
        key = fields[1].lower().replace("item", "i")
        names[key] = names.get(key, 0) + 1
    return sections, total_qty, cents, len(names)


report = make_report(N)
print(len(report), summarize(report))
