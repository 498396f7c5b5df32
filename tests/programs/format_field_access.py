"""str.format fields that index or read attributes of their arguments (`{0[1]}`, `{c[host]}`,
`{p.x}`), in literal templates and in templates known only at run time."""

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
pair = ("left", "right")
conf = {"host": "example.org", "port": 8080}
print("{0.x},{0.y} {p.x:>3}|".format(p, p=p))
print("{0[1]} then {0[0]}".format(pair))
print("{c[host]}:{c[port]}".format(c=conf))
print("{[0]}-{[1]}".format(pair, pair))
rows = [[1, 2], [3, 4]]
print("{0[1][0]}".format(rows))
try:
    print("{0[5]}".format(rows))
except IndexError as e:
    print("IndexError", e)

templates = ["{0[1]} and {0[0]}", "{0[k]}!", "{1[0][1]:>4}|", "{0[9]}", "{0[x]}", "{0[]}", "{0[1}"]
for t in templates:
    try:
        print(t.format([10, 20], [(1, 2)]) if "k" not in t else t.format({"k": "v"}))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
