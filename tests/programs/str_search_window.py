s = "hello world hello"
u = "héllo wörld héllo"
for t in (s, u, "", "abc"):
    for sub in ("hello", "héllo", "o", "l", "", "xyz", "ö"):
        for start in (-100, -5, -1, 0, 1, 3, 6, 17, 18, 100):
            print(t.find(sub, start), t.rfind(sub, start), t.count(sub, start),
                  t.startswith(sub, start), t.endswith(sub, start), end=" ")
            for end in (-100, -3, 0, 2, 5, 12, 17, 99):
                print(t.find(sub, start, end), t.rfind(sub, start, end), t.count(sub, start, end),
                      t.startswith(sub, start, end), t.endswith(sub, start, end), end=" ")
            print()
def tokens(line):
    out = []
    pos = 0
    while True:
        i = line.find(",", pos)
        if i < 0:
            out.append(line[pos:])
            return out
        out.append(line[pos:i])
        pos = i + 1
print(tokens("a,bb,,ccc"), "a.b.c".index(".", 2), "a.b.c".rindex(".", 0, 3))
big = 10 ** 30
print("abc".find("c", -big, big), "abc".count("", big), "abc".startswith("", 3), "abc".startswith("", 4))
try:
    "abc".index("a", 1)
except ValueError as e:
    print(e)
print("abc".rindex("z", 0, 2))
