"""Nested functions that call each other: a recursive-descent calculator, a tree printer
whose helpers recurse through a lambda, generators that delegate to each other, and a
ping-pong pair where one calls the other through a list."""


def evaluate(src):
    tokens = src.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else ""

    def advance():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def expr():
        value = term()
        while peek() in ("+", "-"):
            op = advance()
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term():
        value = factor()
        while peek() in ("*", "/"):
            op = advance()
            rhs = factor()
            value = value * rhs if op == "*" else value // rhs
        return value

    def factor(depth=0):
        tok = advance()
        if tok == "(":
            v = expr()
            advance()
            return v
        if tok == "-":
            return -factor(depth + 1)
        return int(tok)

    return expr()

for s in ["1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) * 2 - 3", "2 * (3 + (4 - 1)) / 3"]:
    print(s, "=", evaluate(s))

def walk(n):
    seen = []
    def ping(k):
        seen.append(("ping", k))
        if k > 0:
            pong(k - 1)
    def pong(k):
        seen.append(("pong", k))
        if k > 0:
            callbacks = [ping]
            callbacks[0](k - 1)
    ping(n)
    return seen
print(walk(4))

def tree_lines(tree):
    out = []
    def node(t, depth):
        if isinstance(t, list):
            out.append("  " * depth + "[")
            children(t, depth + 1)
            out.append("  " * depth + "]")
        else:
            out.append("  " * depth + str(t))
    def children(items, depth):
        fmt = lambda x: node(x, depth)
        for x in items:
            fmt(x)
    node(tree, 0)
    return out

print("\n".join(tree_lines([1, [2, 3], [[4]], 5])))

def flatten(xs):
    def gen(items):
        for x in items:
            yield from sub(x)
    def sub(x):
        if isinstance(x, list):
            yield from gen(x)
        else:
            yield x
    return list(gen(xs))
print(flatten([1, [2, [3, 4]], 5]))
