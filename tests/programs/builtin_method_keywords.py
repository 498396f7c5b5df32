# Keyword arguments to methods of builtin types and to int(): split(maxsplit=…),
# rsplit(sep=…, maxsplit=…), splitlines(keepends=…), encode(encoding=…), int(s, base=…).

log = """GET /index.html 200 5120
POST /api/login 401 87
GET /images/logo.png 200 20480"""

for line in log.splitlines():
    method, rest = line.split(maxsplit=1)
    path, status, size = rest.rsplit(maxsplit=2)
    print(method, path, int(status), int(size))

print(log.splitlines(keepends=True)[0].endswith("\n"))
print("key=value=more".split(sep="=", maxsplit=1))
print("a.b.c.d".rsplit(sep=".", maxsplit=2), "a b".split(sep=None))
print("héllo".encode(encoding="utf-8"), "abc".encode(encoding="ascii"))

for text, base in [("101", 2), ("ff", 16), ("777", 8), ("z", 36)]:
    print(text, base, int(text, base=base))
try:
    int("12", base=1)
except ValueError as e:
    print("ValueError:", e)
print("-".join("abc"), "".join("x"), ", ".join(""), "|".join(reversed("ab")))
word = "hello"
print(" ".join(word).upper())
