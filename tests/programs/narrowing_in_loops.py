"""`while x is not None:` (and `if x is not None:`) narrows `x` in the statements of the
body up to its first reassignment: walking parent chains and linked nodes."""
parent = {"a": "b", "b": "c", "c": None}
n = "a"
out = []
while n is not None:
    out.append(n)
    n = parent[n]
print(",".join(out))

class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt

def walk(head):
    total = []
    node = head
    while node is not None:
        total.append(node.v)
        node = node.next
    return total

print(walk(Node(1, Node(2, Node(3)))))

def depth(d, k):
    steps = 0
    cur = d.get(k)
    while cur:
        steps += cur
        cur = d.get(cur)
    return steps

print(depth({1: 2, 2: 3}, 1))

def first_even(xs):
    best = None
    for x in xs:
        if best is None or x < best:
            best = x
    if best is not None:
        print("min", best + 1)
        best = best * 2
        print("doubled", best)
    return best

print(first_even([5, 3, 9]), first_even([]))


class Grid:
    """A path walked back through `prev` from the first cell the grid yields, each step
    stored through `__setitem__`."""

    def __init__(self):
        self.marks = {}

    def __iter__(self):
        yield (0, 1)
        yield (2, 3)

    def __setitem__(self, pos, v):
        r, c = pos
        self.marks[r * 10 + c] = v


grid = Grid()
start = next(iter(grid))
prev = {start: None}
node = start
while node is not None:
    grid[node] = 7
    node = prev[node]
print(grid.marks)
