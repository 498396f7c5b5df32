"""A binary search tree whose insert and search walk with getattr/setattr on a side name."""


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    cur = root
    while True:
        side = "left" if key < cur.key else "right"
        nxt = getattr(cur, side)
        if nxt is None:
            setattr(cur, side, Node(key))
            return
        cur = nxt


def depth(node):
    if node is None:
        return 0
    best = 0
    for side in ("left", "right"):
        best = max(best, depth(getattr(node, side)))
    return 1 + best


def walk(node, out):
    if node is not None:
        walk(node.left, out)
        out.append(node.key)
        walk(node.right, out)
    return out


def path(root, key):
    cur = root
    steps = []
    while cur is not None and cur.key != key:
        side = "left" if key < cur.key else "right"
        steps.append(side)
        cur = getattr(cur, side)
    return steps


class Config:
    def __init__(self):
        self.debug = False
        self.verbose = False

    def toggle(self, flag):
        for name in ("debug", "verbose"):
            if name == flag:
                setattr(self, name, not getattr(self, name))


root = Node(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    insert(root, k)
print(walk(root, []), depth(root), path(root, 45), path(root, 65))
cfg = Config()
cfg.toggle("debug")
cfg.toggle("verbose")
cfg.toggle("debug")
print(cfg.debug, cfg.verbose)
