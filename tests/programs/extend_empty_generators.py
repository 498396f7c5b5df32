"""Lists extended by generators that never yield (over an empty list or tuple whose items
have no type yet)."""
def diff(a, b):
    ops = []
    ops.extend(("-", x) for x in a)
    ops.extend(("+", x) for x in b)
    return ops


print(diff([], ["a"]), diff(["q"], []))
E = []
out = []
out.extend(str(x) for x in E)
out.append("z")
print(out)
words = ["a"]
words.extend(w.upper() for w in ())
print(words)
