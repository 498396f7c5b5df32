"""Narrowing past `if x is None or ...: return`, and builtin exceptions raised with values of run-time type (a generic lookup raising KeyError(key) for int, str and tuple keys)."""
def peek(xs):
    return xs[-1] if xs else None
def is_op(xs):
    op = peek(xs)
    if op is None or op == "x":
        return "none"
    return op in "+-"
print(is_op([]), is_op(["x"]), is_op(["+"]), is_op(["a"]))
def first_long(words):
    w = None
    for x in words:
        if len(x) > 3:
            w = x
            break
    if w is None or not w:
        return 0
    return len(w)
print(first_long(["ab", "abcd"]), first_long([]))
class Missing(Exception):
    pass
def lookup(d, key):
    if key not in d:
        raise KeyError(key)
    return d[key]
for k in [1, "a", (2, 3)]:
    try:
        lookup({}, k)
    except KeyError as e:
        print(repr(e), e.args[0] == k)
vals = [1, "two", 3.0]
for v in vals:
    try:
        raise ValueError(v)
    except ValueError as e:
        print(e, e.args)
raise RuntimeError(vals[1])
