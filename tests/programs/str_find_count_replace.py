"""Searching strs: `in`, find, count and replace with needles short and long, overlapping
candidates, matches at both ends, non-ASCII text, and limits on replace."""

texts = [
    "",
    "a",
    "aaaa",
    "abababab",
    "item1,item22,item333",
    "the cat sat on the mat with the hat",
    "ünïcödé ünïcödé ü",
    "x" * 40 + "needle-of-more-than-sixteen-bytes" + "y" * 5 + "needle-of-more-than-sixteen-bytes",
    "ab" * 30 + "abc",
]
needles = ["", "a", "aa", "ab", "aba", "item", "the", "at", "ü", "ödé", "ünïcödé ü",
           "needle-of-more-than-sixteen-bytes", "abc", "zzz", "abababababababababc"]

rows = []
for t in texts:
    for n in needles:
        rows.append((n in t, t.find(n), t.count(n), t.find(n, 2), t.count(n, 1, -1)))
        rows.append(t.replace(n, "<>") if n else t.replace(n, "|", 3))
        rows.append(t.replace(n, "", 2))
print(len(rows), sum(len(str(r)) for r in rows))
for row in rows[::7]:
    print(row)
print(sum(1 for t in texts for n in needles if n in t))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "aaa".find("aa", 1), "abc".find("c", 5))
print("item7".replace("item", "i"), "ITEM7".lower().replace("item", "i"))
