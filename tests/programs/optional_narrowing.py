# Optional values narrowed where they cannot be None: `if x is not None:`, `if x:`, the
# comprehension filter `[v for v in vals if v is not None]`, `and` chains, the `else` of
# `if x is None:`, and what follows `if x is None: continue` / `return` / `raise`.

class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

def find(xs, target):
    for x in xs:
        if x == target:
            return x
    return None

def parse(s):
    if s.isdigit():
        return int(s)
    return None

vals = [parse(s) for s in ["1", "x", "22", "", "5"]]
print(vals)
clean = [v for v in vals if v is not None]
print(clean, sum(clean), max(clean), sorted(clean))
total = 0
for v in vals:
    if v is None:
        continue
    total += v * 2
print(total)

def first_big(xs):
    m = find(xs, 22)
    if m is None:
        return -1
    return m + 1000
print(first_big(clean), first_big([1]))

ratios = [0.5, None, 2.25]
good = []
for r in ratios:
    if r is not None and r > 1:
        good.append(r)
print(good, sum(good))

names = {"a": "alice", "b": None}
out = []
for k in ["a", "b"]:
    n = names[k]
    if n:
        out.append(n.upper())
    else:
        out.append("?")
print(out)

head = Node(1, Node(2, Node(3)))
nodes = []
cur = head
while cur is not None:
    nxt = cur.next
    if nxt is not None:
        nodes.append(nxt)
    cur = cur.next
print([n.val for n in nodes])

flags = [True, None, False]
seen = [f for f in flags if f is not None]
print(seen, [not f for f in seen])

def describe(x):
    if x is None:
        raise ValueError("none")
    return x * 3
print(describe(4), describe("ab"))
w = None
for i in range(3):
    w = parse(str(i))
if w is not None:
    print(w + 1)
else:
    print("none")
