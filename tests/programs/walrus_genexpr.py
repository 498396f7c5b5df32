"""The walrus operator inside generator expressions binds the enclosing function's (or the
module's) variable: `any((hit := x) > 2 for x in xs)` leaves the witness in `hit`."""
lines = ["abc", "x=1", "y=2"]
m = None
if any((m := line).startswith("x") for line in lines):
    print(m)
def f(xs):
    if any((hit := x) > 2 for x in xs):
        print("first over 2:", hit)
    print(sum(y for x in xs if (y := x * 2) > 3), y)
    for v in ((last := x) for x in xs):
        print(v)
    print(last)
    total = 0
    g = (total := total + x for x in xs)
    print(list(g), total)
    print(max((n := len(s)) for s in ["a", "bcd", "ef"]), n)
    print([[(z := a * b) for b in range(3)] for a in range(2)], z)
    print(list(((w := k) for k in [7, 8])), w)
f([1, 5, 7])
count = 0
def bump():
    global count
    print(all((count := count + 1) < 3 for _ in range(5)), count)
bump()
print(count)
def outer():
    best = None
    def inner(vals):
        nonlocal best
        return any((best := v) > 10 for v in vals)
    print(inner([3, 11, 4]), best)
outer()
class Tok:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text
    def __repr__(self):
        return f"Tok({self.kind!r}, {self.text!r})"

def find(toks, kind):
    if any((t := tok).kind == kind for tok in toks):
        return t
    return None

toks = [Tok("num", "1"), Tok("op", "+"), Tok("num", "2")]
print(find(toks, "op"), find(toks, "x"))
words = ["apple", "kiwi", "banana"]
if all(len(longest := w) < 10 for w in words):
    print("last checked", longest)
pairs = {k: v for k, v in [("a", 1)]}
total = sum(v for k in "abc" if (v := pairs.get(k)) is not None)
print(total, v)
def g(xs):
    found = any((hit := x) > 2 for x in xs)
    print(found)
    print(hit)
g([])
