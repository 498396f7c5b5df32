"""Optional values narrowed the way lexers and parsers check them: inside `or`/`and`
operands after an `is None` test, after `if x is None: raise` up to the next assignment,
and through a walrus (`(m := f()) is not None`)."""


def peek(s, i):
    return s[i] if i < len(s) else None


def classify(s, i):
    c = peek(s, i)
    if c is None or c in "|)":
        return "stop"
    if c is not None and c.isdigit():
        return "digit"
    return "char " + c


def escape(s, i):
    c = peek(s, i)
    if c is None:
        raise ValueError("unexpected end of pattern")
    if c in "*+?":
        return "repeat"
    if c == "\\":
        c = peek(s, i + 1)
        if c is None:
            return "dangling escape"
        return "escaped " + c.upper()
    return "literal " + c


def first_long(words):
    it = iter(words)
    while (w := next(it, None)) is not None and len(w) < 4:
        print("  skip", w)
    return w


def lengths(names):
    out = []
    for n in names:
        if n is None:
            continue
        out.append(len(n))
        n = None
        out.append(n is None)
    return out


class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent


def depth(node):
    d = 0
    cur = node
    while cur is not None and cur.value >= 0:
        d += 1
        cur = cur.parent
    return d


def lookup(table, key):
    hit = table.get(key)
    if hit is None or hit < 0:
        return "missing"
    return f"{key}={hit + 1}"


for i in range(4):
    print(classify("a1|", i))
for pat in ["*", "\\d", "\\", "x"]:
    print(escape(pat, 0))
try:
    escape("", 0)
except ValueError as e:
    print("error:", e)
print(first_long(["a", "bb", "cccc", "d"]), first_long(["x"]))
print(lengths(["abc", None, "de"]))
root = Node(0)
leaf = Node(2, Node(1, root))
print(depth(leaf), depth(Node(-1, leaf)), depth(None))
table = {"a": 1, "b": -2}
print(lookup(table, "a"), lookup(table, "b"), lookup(table, "c"))


def common_prefix_of_indents(lines):
    """`margin is None` tested first, then `margin` used in the `elif`s and assigned in one."""
    margin = None
    for line in lines:
        indent = line[: len(line) - len(line.lstrip())]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    return margin


def longest(words):
    best = None
    for w in words:
        if best is not None and len(w) <= len(best):
            continue
        elif best is None or w > best:
            best = w
    return best


print(repr(common_prefix_of_indents(["    a", "      b", "    c"])),
      repr(common_prefix_of_indents(["\t a", "\t\tb"])), common_prefix_of_indents([]))
print(longest(["pear", "fig", "banana", "kiwi"]), longest([]))

print(escape("", 0))
